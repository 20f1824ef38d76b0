// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import type { Progress } from '@nimbus/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentDetail } from '../../api/types.js';
import { evidence, result } from './dashboard-fixtures.js';
import DashboardPage from './dashboard-page.js';
import { todayIso } from './format.js';

// Charts need a real layout to measure; happy-dom has none, so they render as placeholders here.
vi.mock('@mantine/charts', () => ({
  DonutChart: () => <div data-testid="donut-chart" />,
  BarChart: () => <div data-testid="bar-chart" />,
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// The page end to end with a stubbed API: the KPIs come from the server's progress, the lists from the results.
describe('DashboardPage', () => {
  const progress = (over: Partial<Progress> = {}): Progress => ({
    total: 8,
    applicable: 7,
    assessed: 5,
    byStatus: {
      implemented: 1,
      'partially-implemented': 2,
      planned: 2,
      'not-implemented': 1,
      'not-assessed': 1,
      'not-applicable': 1,
    },
    completion: 0.714,
    score: 0.429,
    overdue: 3,
    ...over,
  });
  const today = todayIso();
  const shift = (days: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };

  const mount = (role: 'owner' | 'viewer', assessments: unknown[], detail?: AssessmentDetail) => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = String(input);
        calls.push(url);
        const body = url.includes('/assessments/a1')
          ? detail
          : url.endsWith('/assessments')
            ? assessments
            : url.includes('expiringWithinDays')
              ? [evidence('e2', shift(5))]
              : url.includes('expired=true')
                ? [evidence('e1', shift(-3))]
                : url.includes('/audit')
                  ? { events: [], nextBefore: null }
                  : url.includes('/members')
                    ? []
                    : url.includes('/catalog/tree')
                      ? { framework: { id: 'f', name: 'F' }, groups: [] }
                      : null;
        return new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(['session'], {
      user: { id: 'u0', email: 'x@example.com', name: 'X', createdAt: '', disabled: false },
      csrfToken: 't',
      organizations: [{ id: 'org1', name: 'Acme', createdAt: '', role }],
    });
    render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={['/o/org1']}>
            <Routes>
              <Route path="/o/:orgId" element={<DashboardPage />} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </MantineProvider>,
    );
    return calls;
  };

  it('shows the empty state with a way forward when there is no assessment', async () => {
    mount('owner', []);
    expect(await screen.findByText('No assessment yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Start an assessment/ }).getAttribute('href')).toBe(
      '/o/org1/assessments',
    );
  });

  it('derives overdue and expiring items and leaves out activity for a viewer', async () => {
    const results = [
      result({ controlId: '6.1.2', status: 'planned', dueDate: shift(-14) }),
      result({ controlId: '9.2.1', status: 'implemented', dueDate: shift(-3) }),
      result({ controlId: 'CLD.6.3.1', status: 'implemented' }),
    ];
    const item = {
      id: 'a1',
      orgId: 'org1',
      name: 'CSP 2026',
      framework: 'iso27017:2015',
      perspective: 'csp' as const,
      scope: [],
      ownerId: null,
      targetDate: null,
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const detail: AssessmentDetail = {
      ...item,
      results,
      progress: {
        overall: progress(),
        byClause: [{ clause: '6', progress: progress() }],
        cloudExtended: progress(),
      },
    };
    const calls = mount('viewer', [{ ...item, progress: progress() }], detail);
    expect(await screen.findByText('Overdue controls (1)')).toBeTruthy();
    expect(screen.getByText('14 days late')).toBeTruthy();
    expect(await screen.findByText('Expired 3 days ago')).toBeTruthy();
    expect(screen.getByText('Expires in 5 days')).toBeTruthy();
    expect(screen.getByText('5 of 7 applicable controls assessed')).toBeTruthy();
    expect(screen.queryByText('Recent activity')).toBeNull();
    expect(calls.some((u) => u.includes('/audit'))).toBe(false);
  });
});
