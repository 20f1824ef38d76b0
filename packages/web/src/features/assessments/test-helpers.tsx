// Shared setup of the component tests of this feature (imported by *.test.tsx only).
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { ResultRow } from '../../api/types.js';

export const ORG = '00000000-0000-4000-8000-000000000001';
export const ASSESSMENT = '00000000-0000-4000-8000-000000000002';
export const ALICE = '00000000-0000-4000-8000-00000000000a';
export const BRAM = '00000000-0000-4000-8000-00000000000b';

/** happy-dom has no layout: give elements a size so the virtualizer renders a window of rows. */
export const stubBrowser = () => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
};

/** Shows the current query string, so tests can see ?result=<id>. */
function LocationProbe() {
  const { search } = useLocation();
  return <output data-testid="location">{search}</output>;
}

export const renderPage = (ui: ReactNode, search = '') => {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const utils = render(
    <MantineProvider env="test">
      <Notifications />
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/o/${ORG}/assessments/${ASSESSMENT}${search}`]}>
          <Routes>
            <Route
              path="/o/:orgId/assessments/:assessmentId"
              element={
                <>
                  {ui}
                  <LocationProbe />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { client, ...utils };
};

type RowOverrides = Partial<Omit<ResultRow, 'control'>> & { control?: Partial<ResultRow['control']> };

/** A control result row as GET .../assessments/{id} returns it. */
export const makeRow = (n: number, over: RowOverrides = {}): ResultRow => {
  const { control, ...rest } = over;
  return {
    id: `00000000-0000-4000-8000-${String(1000 + n).padStart(12, '0')}`,
    orgId: ORG,
    assessmentId: ASSESSMENT,
    controlId: control?.id ?? `5.1.${n}`,
    position: n,
    applicable: true,
    justification: '',
    status: 'not-assessed',
    ownerId: null,
    dueDate: null,
    implementation: '',
    version: 1,
    updatedAt: '2026-11-01T10:00:00.000Z',
    updatedBy: null,
    evidenceCount: 0,
    latestAutomatedEvidence: null,
    ...rest,
    control: {
      id: `5.1.${n}`,
      title: `Control number ${n}`,
      kind: 'iso27002',
      clause: '5',
      audience: 'both',
      verification: 'confirmed',
      ...control,
    },
  };
};

export interface Call {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly headers: Record<string, string>;
}

/** Replaces fetch: `reply` answers each request; every call is recorded. */
export const mockFetch = (reply: (call: Call) => { status: number; body?: unknown }) => {
  const calls: Call[] = [];
  const fetchMock = async (input: string | URL | Request, init: RequestInit = {}) => {
    const call: Call = {
      method: init.method ?? 'GET',
      url: String(input),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: (init.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    const { status, body } = reply(call);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  globalThis.fetch = fetchMock as typeof fetch;
  return calls;
};
