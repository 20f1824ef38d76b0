// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MemberView, ResultRow } from '../../api/types.js';
import { buildBulkUpdates } from './bulk-updates.js';
import { UNASSIGNED } from './result-filters.js';
import { ResultsSection } from './results-section.js';
import { ALICE, ASSESSMENT, BRAM, makeRow, mockFetch, ORG, renderPage, stubBrowser } from './test-helpers.js';

const members: MemberView[] = [
  { orgId: ORG, userId: ALICE, role: 'owner', createdAt: '', email: 'alice@x', name: 'Alice Moreau' },
  { orgId: ORG, userId: BRAM, role: 'editor', createdAt: '', email: 'bram@x', name: 'Bram de Vries' },
];
const memberName = (id: string | null) => members.find((m) => m.userId === id)?.name ?? '';

const rows: ResultRow[] = [
  makeRow(1, { status: 'planned', version: 3 }),
  makeRow(2, { status: 'planned', version: 5 }),
  makeRow(3, { applicable: false, status: 'not-applicable', justification: 'Not offered', version: 2 }),
  makeRow(4, { status: 'implemented', version: 1 }),
];

const renderSection = (refresh = () => {}) =>
  renderPage(
    <ResultsSection
      assessmentId={ASSESSMENT}
      results={rows}
      members={members}
      memberName={memberName}
      canEdit
      today="2026-11-28"
      refresh={refresh}
    />,
  );

const bar = () => screen.getByRole('group', { name: 'Bulk edit' });

beforeAll(stubBrowser);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('buildBulkUpdates', () => {
  it('sends each row with the version it was read at, and leaves the status of excluded rows alone', () => {
    const { items, excludedKeepStatus } = buildBulkUpdates(rows, {
      status: 'implemented',
      owner: null,
      dueDate: '',
    });
    expect(items).toEqual([
      { id: rows[0]!.id, version: 3, status: 'implemented' },
      { id: rows[1]!.id, version: 5, status: 'implemented' },
      { id: rows[3]!.id, version: 1, status: 'implemented' },
    ]);
    expect(excludedKeepStatus).toBe(1);
    const owners = buildBulkUpdates(rows.slice(2, 3), {
      status: 'planned',
      owner: UNASSIGNED,
      dueDate: '2027-01-31',
    });
    expect(owners.items).toEqual([{ id: rows[2]!.id, version: 2, ownerId: null, dueDate: '2027-01-31' }]);
  });
});

describe('bulk selection and the bulk edit bar', () => {
  it('selects all visible rows only, and sends one all-or-nothing request with each version', async () => {
    const user = userEvent.setup();
    const calls = mockFetch((call) =>
      call.url.endsWith('/results/bulk')
        ? {
            status: 200,
            body: {
              updated: (call.body as { updates: { id: string; version: number }[] }).updates.map((u) => ({
                ...rows.find((r) => r.id === u.id),
                ...u,
                version: u.version + 1,
              })),
            },
          }
        : { status: 200, body: {} },
    );
    renderSection();
    // only the planned rows are visible; "select all" takes those two
    await user.click(screen.getByRole('checkbox', { name: /^Planned/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Select all 2 shown' }));
    expect(within(bar()).getByText('2 selected')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Select 5.1.1' }) as HTMLInputElement).checked).toBe(true);
    // widening the filter shows the other rows unselected, and the count stays with what is visible
    await user.click(screen.getByRole('checkbox', { name: /^Planned/ }));
    expect((screen.getByRole('checkbox', { name: 'Select 5.1.4' }) as HTMLInputElement).checked).toBe(false);
    expect(within(bar()).getByText('2 selected')).toBeTruthy();

    await user.click(within(bar()).getByRole('combobox', { name: 'Set owner' }));
    await user.click(screen.getByRole('option', { name: 'Bram de Vries' }));
    await user.click(within(bar()).getByRole('button', { name: 'Apply to 2' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe(`/api/v1/orgs/${ORG}/assessments/${ASSESSMENT}/results/bulk`);
    expect(post.body).toEqual({
      updates: [
        { id: rows[0]!.id, version: 3, ownerId: BRAM },
        { id: rows[1]!.id, version: 5, ownerId: BRAM },
      ],
    });
    expect(await screen.findByText('2 controls updated')).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Select 5.1.1' }) as HTMLInputElement).checked).toBe(
        false,
      ),
    );
  });

  it('says which row changed when the bulk edit is stale, and refetches', async () => {
    const user = userEvent.setup();
    const refresh = vi.fn();
    mockFetch(() => ({
      status: 409,
      body: {
        code: 'VERSION_CONFLICT',
        detail: 'changed since you read it (you have version 5, it is now 6)',
        current: { ...rows[1], version: 6, status: 'implemented', updatedBy: ALICE },
      },
    }));
    renderSection(refresh);
    await user.click(screen.getByRole('checkbox', { name: 'Select 5.1.1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select 5.1.2' }));
    await user.type(within(bar()).getByLabelText('Due date'), '2027-03-31');
    await user.click(within(bar()).getByRole('button', { name: 'Apply to 2' }));
    expect(
      await screen.findByText('5.1.2 was changed by Alice Moreau since you loaded this page'),
    ).toBeTruthy();
    expect(screen.getByText(/Nothing was saved/)).toBeTruthy();
    expect(refresh).toHaveBeenCalled();
    // the selection stays, so the user can apply again after checking
    expect(within(bar()).getByText('2 selected')).toBeTruthy();
  });
});
