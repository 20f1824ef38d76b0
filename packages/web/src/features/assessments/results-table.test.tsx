// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MemberView, ResultRow } from '../../api/types.js';
import { filterResults, NO_FILTERS, nextSort, sortResults, UNASSIGNED } from './result-filters.js';
import { ResultsSection } from './results-section.js';
import { ALICE, ASSESSMENT, BRAM, makeRow, ORG, renderPage, stubBrowser } from './test-helpers.js';

const TODAY = '2026-11-28';
const members: MemberView[] = [
  { orgId: ORG, userId: ALICE, role: 'owner', createdAt: '', email: 'alice@x', name: 'Alice Moreau' },
  { orgId: ORG, userId: BRAM, role: 'editor', createdAt: '', email: 'bram@x', name: 'Bram de Vries' },
];
const names = new Map(members.map((m) => [m.userId, m.name]));
const memberName = (id: string | null) => (id ? (names.get(id) ?? '') : '');

const rows: ResultRow[] = [
  makeRow(1, { status: 'implemented', ownerId: ALICE, evidenceCount: 2 }),
  makeRow(2, { status: 'planned', ownerId: BRAM, dueDate: '2026-11-01' }), // overdue
  makeRow(10, { status: 'planned', dueDate: '2027-01-15', control: { title: 'Backup of cloud data' } }),
  makeRow(3, {
    status: 'implemented',
    ownerId: BRAM,
    dueDate: '2026-12-01',
    control: {
      id: 'CLD.6.3.1',
      kind: 'cloud-extended',
      clause: '6',
      title: 'Shared roles and responsibilities',
    },
  }),
  makeRow(4, { applicable: false, status: 'not-applicable', justification: 'No such service' }),
];

const shownIds = () =>
  [...document.querySelectorAll('tbody tr[data-index]')].map(
    (tr) => within(tr as HTMLElement).getAllByRole('link')[0]!.textContent,
  );

const renderSection = (results = rows, canEdit = true) =>
  renderPage(
    <ResultsSection
      assessmentId={ASSESSMENT}
      results={results}
      members={members}
      memberName={memberName}
      canEdit={canEdit}
      today={TODAY}
      refresh={() => {}}
    />,
  );

beforeAll(stubBrowser);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('filterResults and sortResults', () => {
  it('filters by status, owner, clause, applicability, kind, overdue and words of the id or title', () => {
    const ids = (f: Partial<typeof NO_FILTERS>) =>
      filterResults(rows, { ...NO_FILTERS, ...f }, TODAY).map((r) => r.control.id);
    expect(ids({ statuses: ['planned'] })).toEqual(['5.1.2', '5.1.10']);
    expect(ids({ owner: BRAM })).toEqual(['5.1.2', 'CLD.6.3.1']);
    expect(ids({ owner: UNASSIGNED })).toEqual(['5.1.10', '5.1.4']);
    expect(ids({ clause: '6' })).toEqual(['CLD.6.3.1']);
    expect(ids({ applicability: 'excluded' })).toEqual(['5.1.4']);
    expect(ids({ kind: 'cloud-extended' })).toEqual(['CLD.6.3.1']);
    expect(ids({ kind: 'base', applicability: 'applicable' })).toEqual(['5.1.1', '5.1.2', '5.1.10']);
    expect(ids({ overdueOnly: true })).toEqual(['5.1.2']);
    expect(ids({ q: 'cloud BACKUP' })).toEqual(['5.1.10']);
    expect(ids({ q: 'cld.6' })).toEqual(['CLD.6.3.1']);
  });

  it('sorts ids numerically, keeps missing values last in both directions, and cycles asc/desc/off', () => {
    const by = (key: Parameters<typeof nextSort>[1], dir: 'asc' | 'desc') =>
      sortResults(rows, { key, dir }, memberName).map((r) => r.control.id);
    expect(by('id', 'asc')).toEqual(['5.1.1', '5.1.2', '5.1.4', '5.1.10', 'CLD.6.3.1']);
    expect(by('due', 'asc')).toEqual(['5.1.2', 'CLD.6.3.1', '5.1.10', '5.1.1', '5.1.4']);
    expect(by('due', 'desc')).toEqual(['5.1.10', 'CLD.6.3.1', '5.1.2', '5.1.1', '5.1.4']);
    expect(by('owner', 'asc').slice(0, 3)).toEqual(['5.1.1', '5.1.2', 'CLD.6.3.1']);
    expect(by('evidence', 'desc')[0]).toBe('5.1.1');
    expect(nextSort(null, 'due')).toEqual({ key: 'due', dir: 'asc' });
    expect(nextSort({ key: 'due', dir: 'asc' }, 'due')).toEqual({ key: 'due', dir: 'desc' });
    expect(nextSort({ key: 'due', dir: 'desc' }, 'due')).toBeNull();
    expect(nextSort({ key: 'due', dir: 'desc' }, 'id')).toEqual({ key: 'id', dir: 'asc' });
  });
});

describe('the results table', () => {
  it('narrows the rows with the search and the status chips, and clears the filters', async () => {
    const user = userEvent.setup();
    renderSection();
    expect(shownIds()).toEqual(['5.1.1', '5.1.2', '5.1.10', 'CLD.6.3.1', '5.1.4']);
    await user.type(screen.getByRole('textbox', { name: 'Search controls by id or title' }), 'cld');
    expect(shownIds()).toEqual(['CLD.6.3.1']);
    expect(screen.getByText(/1 of 5 controls/)).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Search controls by id or title' }));
    await user.click(screen.getByRole('checkbox', { name: /Planned/ }));
    expect(shownIds()).toEqual(['5.1.2', '5.1.10']);
    await user.click(screen.getByRole('radio', { name: 'Excluded' }));
    expect(screen.getByText('No controls match these filters')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: /Clear filters/ })[0]!);
    expect(shownIds()).toHaveLength(5);
  });

  it('sorts by a column header: ascending, descending, then the framework order', async () => {
    const user = userEvent.setup();
    renderSection();
    await user.click(screen.getByRole('button', { name: 'Sort by due' }));
    expect(shownIds()).toEqual(['5.1.2', 'CLD.6.3.1', '5.1.10', '5.1.1', '5.1.4']);
    expect(screen.getByRole('columnheader', { name: /Due/ }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(screen.getByRole('button', { name: /Sort by due, now ascending/ }));
    expect(shownIds()).toEqual(['5.1.10', 'CLD.6.3.1', '5.1.2', '5.1.1', '5.1.4']);
    await user.click(screen.getByRole('button', { name: /Sort by due, now descending/ }));
    expect(shownIds()).toEqual(['5.1.1', '5.1.2', '5.1.10', 'CLD.6.3.1', '5.1.4']);
  });

  it('marks overdue due dates with words, not only colour', () => {
    renderSection();
    expect(screen.getByText('Overdue 27 days')).toBeTruthy();
  });

  it('renders only a window of rows when there are a thousand', () => {
    const many = Array.from({ length: 1000 }, (_, i) => makeRow(i + 1));
    renderSection(many);
    const rendered = document.querySelectorAll('tbody tr[data-index]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('1001');
  });

  it('moves with the arrow keys, selects with Space and opens the side panel with Enter', async () => {
    renderSection();
    const first = document.querySelector<HTMLElement>('tr[data-index="0"]')!;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-index')).toBe('1'));
    const second = document.activeElement as HTMLElement;
    fireEvent.keyDown(second, { key: ' ' });
    expect((screen.getByRole('checkbox', { name: 'Select 5.1.2' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.keyDown(second, { key: 'Enter' });
    expect(screen.getByTestId('location').textContent).toBe(`?result=${rows[1]!.id}`);
  });

  it('shows statuses as badges and no checkboxes for read-only roles', () => {
    renderSection(rows, false);
    expect(screen.queryByRole('combobox', { name: /Status of/ })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Select / })).toBeNull();
    expect(screen.getAllByText('Implemented').length).toBeGreaterThan(0);
  });
});
