// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ControlResult, MemberView } from '../../api/types.js';
import { ConflictView } from './conflict-view.js';
import { draftOf } from './result-draft.js';
import { ResultEditor } from './result-editor.js';
import { ALICE, ASSESSMENT, BRAM, makeRow, mockFetch, ORG, renderPage, stubBrowser } from './test-helpers.js';

const members: MemberView[] = [
  { orgId: ORG, userId: ALICE, role: 'owner', createdAt: '', email: 'alice@x', name: 'Alice Moreau' },
  { orgId: ORG, userId: BRAM, role: 'editor', createdAt: '', email: 'bram@x', name: 'Bram de Vries' },
];
const memberName = (id: string | null) => members.find((m) => m.userId === id)?.name ?? '';

const mine: ControlResult = makeRow(1, { status: 'planned', version: 4, implementation: 'Old text' });
const theirs: ControlResult = {
  ...mine,
  version: 5,
  status: 'implemented',
  implementation: 'Their text',
  updatedBy: BRAM,
  updatedAt: '2026-11-28T09:30:00.000Z',
};

beforeAll(stubBrowser);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ConflictView', () => {
  it('compares the stored version with the draft field by field', async () => {
    const user = userEvent.setup();
    const onApplyMine = vi.fn();
    const onDiscardMine = vi.fn();
    const base = draftOf(mine);
    render(
      <MantineProvider env="test">
        <ConflictView
          base={base}
          mine={{ ...base, implementation: 'My text', ownerId: ALICE }}
          theirs={theirs}
          memberName={memberName}
          applying={false}
          onApplyMine={onApplyMine}
          onDiscardMine={onDiscardMine}
        />
      </MantineProvider>,
    );
    expect(screen.getByText(/Bram de Vries saved version 5/)).toBeTruthy();
    const row = (field: string) => document.querySelector<HTMLElement>(`tr[data-field="${field}"]`)!;
    expect(within(row('implementation')).getByText('Both changed')).toBeTruthy();
    expect(within(row('implementation')).getByText('Their text')).toBeTruthy();
    expect(within(row('implementation')).getByText('My text')).toBeTruthy();
    expect(within(row('status')).getByText('Changed by them')).toBeTruthy();
    expect(within(row('status')).getByText(/Not changed by you/)).toBeTruthy();
    expect(within(row('ownerId')).getByText('Changed by you')).toBeTruthy();
    expect(within(row('ownerId')).getByText('Alice Moreau')).toBeTruthy();
    expect(row('dueDate')).toBeNull(); // nobody changed it
    await user.click(screen.getByRole('button', { name: 'Apply my changes again' }));
    await user.click(screen.getByRole('button', { name: 'Discard mine' }));
    expect(onApplyMine).toHaveBeenCalledOnce();
    expect(onDiscardMine).toHaveBeenCalledOnce();
  });

  it('says so when the result was deleted', () => {
    const base = draftOf(mine);
    render(
      <MantineProvider env="test">
        <ConflictView
          base={base}
          mine={base}
          theirs={null}
          memberName={memberName}
          applying={false}
          onApplyMine={() => {}}
          onDiscardMine={() => {}}
        />
      </MantineProvider>,
    );
    expect(screen.getByText('This control result was deleted')).toBeTruthy();
  });
});

describe('a stale edit in the side panel', () => {
  const renderEditor = () =>
    renderPage(
      <ResultEditor
        result={mine}
        controlId="5.1.1"
        assessmentId={ASSESSMENT}
        members={members}
        memberName={memberName}
        onDirtyChange={() => {}}
        onGone={() => {}}
      />,
    );
  const implementation = () => screen.getByRole('textbox', { name: 'Implementation' }) as HTMLTextAreaElement;

  it('keeps the draft, shows the conflict and re-applies only the changed fields on the new version', async () => {
    const user = userEvent.setup();
    let patches = 0;
    const calls = mockFetch((call) => {
      if (call.method !== 'PATCH') return { status: 200, body: {} };
      patches += 1;
      if (patches === 1)
        return {
          status: 409,
          body: { code: 'VERSION_CONFLICT', detail: 'changed since you read it', current: theirs },
        };
      return { status: 200, body: { ...theirs, ...(call.body as object), version: 6, updatedBy: ALICE } };
    });
    renderEditor();
    await user.clear(implementation());
    await user.type(implementation(), 'My new text');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('This control changed while you were editing')).toBeTruthy();
    expect(implementation().value).toBe('My new text'); // nothing lost
    expect(calls[0]!.headers['if-match']).toBe('"v4"');
    expect(calls[0]!.body).toEqual({ implementation: 'My new text' });

    await user.click(screen.getByRole('button', { name: 'Apply my changes again' }));
    await waitFor(() => expect(patches).toBe(2));
    const second = calls.filter((c) => c.method === 'PATCH')[1]!;
    expect(second.headers['if-match']).toBe('"v5"');
    expect(second.body).toEqual({ implementation: 'My new text' });
    await waitFor(() => expect(screen.queryByText('This control changed while you were editing')).toBeNull());
    expect(implementation().value).toBe('My new text');
    expect(screen.getByText(/Version 6/)).toBeTruthy();
  });

  it('takes their version with "Discard mine"', async () => {
    const user = userEvent.setup();
    mockFetch(() => ({
      status: 409,
      body: { code: 'VERSION_CONFLICT', detail: 'changed since you read it', current: theirs },
    }));
    renderEditor();
    await user.type(implementation(), ' and more');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Discard mine' }));
    expect(implementation().value).toBe('Their text');
    expect(screen.getByText(/Version 5/)).toBeTruthy();
  });

  it('requires a justification before excluding a control', async () => {
    const user = userEvent.setup();
    const calls = mockFetch(() => ({ status: 200, body: {} }));
    renderEditor();
    await user.click(screen.getByRole('radio', { name: 'Excluded' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/An excluded control needs a justification/)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
  });
});
