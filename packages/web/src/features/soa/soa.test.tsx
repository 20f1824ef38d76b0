// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { soaUrl } from '../../api/queries/soa.js';
import type { SoaResponse } from '../../api/types.js';
import SoaPage from './soa-page.js';
import { filterSoaRows, groupSoaRows, soaCounts } from './soa-rows.js';
import type { SoaRow } from './soa-types.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const row = (over: Partial<SoaRow> & { control: string }): SoaRow => ({
  title: `Title ${over.control}`,
  group: '5 Information security policies',
  sources: [over.control],
  applicable: true,
  justification: '',
  status: 'implemented',
  implementation: '',
  evidence: [],
  ...over,
});

const ROWS_2015: SoaRow[] = [
  row({
    control: '5.1.1',
    title: 'Policies for information security',
    evidence: ['ISMS policy (sha256:0364bf0713cd)'],
  }),
  row({ control: '5.1.2', title: 'Review of the policies', status: 'planned' }),
  row({
    control: '6.2.1',
    title: 'Mobile device policy',
    group: '6 Organization of information security',
    applicable: false,
    status: 'not-applicable',
    justification: 'No mobile devices access production.',
  }),
  row({ control: 'CLD.6.3.1', title: 'Shared roles', group: '6 Organization of information security' }),
];

const ROWS_2022: SoaRow[] = [
  row({
    control: '5.1',
    title: 'Policies for information security',
    group: '5 Organizational controls',
    sources: ['5.1.1', '5.1.2'],
  }),
  row({
    control: '5.7',
    title: 'Threat intelligence',
    group: '5 Organizational controls',
    sources: [],
    applicable: null,
    status: 'not-assessed',
    justification: 'New in ISO/IEC 27002:2022: assess it separately.',
  }),
  row({ control: 'CLD.6.3.1', title: 'Shared roles', group: '6 Organization of information security' }),
];

describe('SoA rows', () => {
  it('counts applicable, excluded and not covered rows', () => {
    expect(soaCounts(ROWS_2015)).toEqual({ total: 4, applicable: 3, excluded: 1, notCovered: 0 });
    expect(soaCounts(ROWS_2022)).toEqual({ total: 3, applicable: 2, excluded: 0, notCovered: 1 });
  });

  it('filters on every word across id, title, justification, status, evidence and sources', () => {
    expect(filterSoaRows(ROWS_2015, 'policy').map((r) => r.control)).toEqual(['5.1.1', '6.2.1']);
    expect(filterSoaRows(ROWS_2015, 'MOBILE production').map((r) => r.control)).toEqual(['6.2.1']);
    expect(filterSoaRows(ROWS_2015, 'sha256:0364').map((r) => r.control)).toEqual(['5.1.1']);
    expect(filterSoaRows(ROWS_2015, 'planned').map((r) => r.control)).toEqual(['5.1.2']);
    expect(filterSoaRows(ROWS_2022, '5.1.2').map((r) => r.control)).toEqual(['5.1']);
    expect(filterSoaRows(ROWS_2015, '  ')).toHaveLength(4);
  });

  it('filters on applicability', () => {
    expect(filterSoaRows(ROWS_2015, '', 'excluded').map((r) => r.control)).toEqual(['6.2.1']);
    expect(filterSoaRows(ROWS_2015, '', 'applicable')).toHaveLength(3);
    expect(filterSoaRows(ROWS_2022, '', 'not-covered').map((r) => r.control)).toEqual(['5.7']);
  });

  it('groups consecutive rows by clause', () => {
    expect(groupSoaRows(ROWS_2015).map((g) => [g.group, g.rows.length])).toEqual([
      ['5 Information security policies', 2],
      ['6 Organization of information security', 2],
    ]);
  });

  it('builds the JSON and download URLs', () => {
    expect(soaUrl('o', 'a', '2015')).toBe('/api/v1/orgs/o/assessments/a/soa?numbering=2015');
    expect(soaUrl('o', 'a', '2022', 'xlsx')).toBe(
      '/api/v1/orgs/o/assessments/a/soa?numbering=2022&format=xlsx',
    );
  });
});

describe('SoaPage', () => {
  const mount = () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = String(input);
        calls.push(url);
        const numbering = url.includes('numbering=2022') ? '2022' : '2015';
        const body: SoaResponse | object = url.includes('/soa')
          ? {
              assessment: { id: 'a1', name: 'CSP 2026', framework: 'iso27017:2015', perspective: 'csp' },
              numbering,
              generatedAt: '2026-11-28T10:00:00Z',
              rows: numbering === '2022' ? ROWS_2022 : ROWS_2015,
            }
          : { id: 'a1', name: 'CSP 2026', results: [{ id: 'r1', controlId: '5.1.1' }] };
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
      organizations: [{ id: 'org1', name: 'Acme', createdAt: '', role: 'viewer' }],
    });
    render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={['/o/org1/assessments/a1/soa']}>
            <Routes>
              <Route path="/o/:orgId/assessments/:assessmentId/soa" element={<SoaPage />} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </MantineProvider>,
    );
    return calls;
  };
  const bodyRows = () =>
    within(screen.getByRole('table'))
      .getAllByRole('row')
      .filter((r) => within(r).queryAllByRole('cell').length > 0);

  it('toggles the numbering, refetches, and points the downloads at the same numbering', async () => {
    const user = userEvent.setup();
    const calls = mount();
    await screen.findByText('Policies for information security');
    expect(screen.queryByRole('columnheader', { name: 'Assessed as' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Download XLSX' }).getAttribute('href')).toBe(
      '/api/v1/orgs/org1/assessments/a1/soa?numbering=2015&format=xlsx',
    );
    expect(screen.getByText(/excluded/).textContent).toContain('3 applicable · 1 excluded · 4 controls');

    await user.click(screen.getByText('ISO/IEC 27001:2022 Annex A'));
    await screen.findByRole('columnheader', { name: 'Assessed as' });
    expect(calls.some((u) => u.endsWith('/soa?numbering=2022'))).toBe(true);
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/v1/orgs/org1/assessments/a1/soa?numbering=2022&format=csv',
    );
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(screen.getByText('Not covered', { selector: '.mantine-Badge-label' })).toBeTruthy();
    // source controls link to their result in the assessment
    expect(screen.getByRole('link', { name: '5.1.1' }).getAttribute('href')).toBe(
      '/o/org1/assessments/a1?result=r1',
    );
  });

  it('filters rows by text and applicability, and offers to clear when nothing matches', async () => {
    const user = userEvent.setup();
    mount();
    await screen.findByText('Policies for information security');
    expect(bodyRows()).toHaveLength(4);
    await user.type(screen.getByLabelText('Filter rows'), 'mobile');
    expect(bodyRows()).toHaveLength(1);
    expect(screen.getByText(/showing 1/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Applicable' }));
    expect(await screen.findByText('No rows match the filters')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(bodyRows()).toHaveLength(4);
    expect((screen.getByLabelText('Filter rows') as HTMLInputElement).value).toBe('');
  });
});
