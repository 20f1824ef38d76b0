// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import type { Progress, ResultStatus } from '@nimbus/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResultRow } from '../../api/types.js';
import { evidenceToRenew, overdueResults, statusSlices } from './dashboard-derive.js';
import { evidence, result, TODAY } from './dashboard-fixtures.js';
import { EvidenceExpiryCard } from './evidence-expiry-card.js';
import { daysBetween, todayIso } from './format.js';
import { OverdueCard } from './overdue-card.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const RESULTS: ResultRow[] = [
  result({ controlId: '5.1.1', status: 'implemented', dueDate: '2026-11-01' }), // implemented: not overdue
  result({ controlId: '6.1.2', status: 'planned', dueDate: '2026-11-14' }), // 14 days late
  result({ controlId: '9.2.1', status: 'not-assessed', dueDate: '2026-11-27' }), // 1 day late
  result({ controlId: '9.2.2', status: 'partially-implemented', dueDate: TODAY }), // due today: not late
  result({ controlId: '9.2.3', status: 'not-implemented', dueDate: '2026-12-01' }), // future
  result({ controlId: '11.1.6', applicable: false, status: 'not-applicable', dueDate: '2026-10-01' }), // excluded
  result({ controlId: 'CLD.9.5.2', status: 'partially-implemented', dueDate: '2026-10-29', ownerId: 'u1' }), // 30
  result({ controlId: '12.1.1', status: 'planned', dueDate: null }),
];

describe('dates', () => {
  it('counts whole days between calendar dates, across month ends', () => {
    expect(daysBetween('2026-11-28', '2026-12-28')).toBe(30);
    expect(daysBetween('2026-11-28', '2026-11-18')).toBe(-10);
    expect(todayIso(new Date('2026-11-28T23:59:59Z'))).toBe('2026-11-28');
  });
});

describe('overdueResults', () => {
  it('keeps applicable results due before today that are not implemented, most late first', () => {
    const overdue = overdueResults(RESULTS, TODAY);
    expect(overdue.map((o) => [o.result.controlId, o.daysLate])).toEqual([
      ['CLD.9.5.2', 30],
      ['6.1.2', 14],
      ['9.2.1', 1],
    ]);
  });

  it('is empty when nothing has a past due date', () => {
    expect(overdueResults(RESULTS, '2026-10-01')).toEqual([]);
  });
});

describe('evidenceToRenew', () => {
  it('merges expired and expiring evidence once each, soonest first, with days left', () => {
    const expiring = [evidence('e2', '2026-12-25'), evidence('e3', '2026-12-18'), evidence('e4', TODAY)];
    const expired = [evidence('e1', '2026-11-18'), evidence('e4', TODAY)];
    const rows = evidenceToRenew(expiring, expired, TODAY);
    expect(rows.map((r) => [r.evidence.id, r.daysLeft, r.expired])).toEqual([
      ['e1', -10, true],
      ['e4', 0, false],
      ['e3', 20, false],
      ['e2', 27, false],
    ]);
  });

  it('ignores evidence without an end date', () => {
    expect(evidenceToRenew([evidence('e1', '')], [], TODAY)).toEqual([]);
  });
});

describe('statusSlices', () => {
  it('gives every status with its count and share of all controls', () => {
    const byStatus = {
      implemented: 2,
      'partially-implemented': 1,
      planned: 0,
      'not-implemented': 0,
      'not-assessed': 1,
      'not-applicable': 0,
    } satisfies Record<ResultStatus, number>;
    const slices = statusSlices({ total: 4, byStatus } as Progress);
    expect(slices.find((s) => s.status === 'implemented')).toMatchObject({ value: 2, share: 0.5 });
    expect(slices).toHaveLength(6);
  });
});

const wrap = (ui: ReactNode) => (
  <MantineProvider>
    <MemoryRouter>{ui}</MemoryRouter>
  </MantineProvider>
);

describe('OverdueCard', () => {
  it('lists overdue controls with days late in words and links to the result panel', () => {
    render(
      wrap(
        <OverdueCard
          orgId="org1"
          assessmentId="a1"
          overdue={overdueResults(RESULTS, TODAY)}
          ownerName={(id) => (id === 'u1' ? 'Bram de Vries' : 'Unassigned')}
        />,
      ),
    );
    expect(screen.getByRole('heading', { name: 'Overdue controls (3)' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Overdue control results' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('30 days late')).toBeTruthy();
    expect(within(rows[0]!).getByText('Bram de Vries')).toBeTruthy();
    expect(within(rows[2]!).getByText('1 day late')).toBeTruthy();
    expect(within(rows[0]!).getByRole('link', { name: 'CLD.9.5.2' }).getAttribute('href')).toBe(
      '/o/org1/assessments/a1?result=r-CLD.9.5.2',
    );
  });

  it('says so when nothing is overdue', () => {
    render(wrap(<OverdueCard orgId="org1" assessmentId="a1" overdue={[]} ownerName={() => ''} />));
    expect(screen.getByText(/Nothing is overdue/)).toBeTruthy();
  });
});

describe('EvidenceExpiryCard', () => {
  it('badges expired evidence and counts down the rest', () => {
    const rows = evidenceToRenew(
      [evidence('e2', '2026-12-18'), evidence('e3', '2026-11-29')],
      [evidence('e1', '2026-11-18')],
      TODAY,
    );
    render(wrap(<EvidenceExpiryCard orgId="org1" rows={rows} days={30} />));
    expect(screen.getByText('1 expired, 2 expiring within 30 days')).toBeTruthy();
    expect(screen.getByText('Expired 10 days ago')).toBeTruthy();
    expect(screen.getByText('Expires in 20 days')).toBeTruthy();
    expect(screen.getByText('Expires tomorrow')).toBeTruthy();
  });
});
