// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import type { ApiToken } from '@nimbus/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role, Session } from '../../api/types.js';
import TokensPage from './tokens-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ORG = 'org-1';
const SECRET = 'nbs_live_0123456789abcdefSECRETvalue';

const session = (role: Role): Session => ({
  user: {
    id: 'u1',
    email: 'alice@acme.example',
    name: 'Alice',
    createdAt: '2026-01-01T00:00:00Z',
    disabled: false,
  },
  csrfToken: 'csrf',
  organizations: [{ id: ORG, name: 'Acme', createdAt: '2026-01-01T00:00:00Z', role }],
});

const stored: ApiToken = {
  id: 't1',
  orgId: ORG,
  userId: 'u1',
  name: 'CI pipeline',
  prefix: 'nbs_live_01',
  scope: 'read',
  createdAt: '2026-11-28T10:00:00Z',
  expiresAt: '2099-02-26T10:00:00Z',
  revokedAt: null,
  lastUsedAt: null,
};

/** A fake API: the list is empty until a token is created; the list never carries the secret. */
const fakeApi = () => {
  const tokens: ApiToken[] = [];
  const calls: { method: string; url: string; body?: unknown }[] = [];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url, body });
    const json = (status: number, data: unknown) =>
      new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    if (url === `/api/v1/orgs/${ORG}/tokens` && method === 'GET') return json(200, tokens);
    if (url === `/api/v1/orgs/${ORG}/tokens` && method === 'POST') {
      const t = { ...stored, name: body.name, scope: body.scope };
      tokens.push(t);
      return json(201, { ...t, token: SECRET });
    }
    return json(404, { code: 'NOT_FOUND', detail: 'not found' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
};

const renderPage = (role: Role) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['session'], session(role));
  render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/o/${ORG}/admin/tokens`]}>
          <Routes>
            <Route path="/o/:orgId/admin/tokens" element={<TokensPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return client;
};

describe('API tokens: the secret is shown once', () => {
  it('creates a token, shows the secret with a copy button and a warning, then never again', async () => {
    const { calls } = fakeApi();
    const client = renderPage('editor');
    expect(await screen.findByText('No API tokens yet')).toBeTruthy();

    fireEvent.click(screen.getAllByRole('button', { name: 'Create token' })[0]!);
    const form = await screen.findByRole('dialog', { name: 'Create an API token' });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'CI pipeline' } });
    fireEvent.click(within(form).getByRole('radio', { name: 'Read and write' }));
    fireEvent.change(within(form).getByLabelText('Expires after (days)'), { target: { value: '30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Copy your new API token' });
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'CI pipeline',
      scope: 'write',
      expiresInDays: 30,
    });
    expect(within(shown).getByTestId('token-secret').textContent).toBe(SECRET);
    expect(within(shown).getByText('This is the only time you will see it')).toBeTruthy();
    expect(within(shown).getByRole('button', { name: 'Copy' })).toBeTruthy();

    fireEvent.click(within(shown).getByRole('button', { name: 'I have stored it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // The list shows the token by its prefix, and the secret is gone from the page and every cache.
    expect(await screen.findByText('CI pipeline')).toBeTruthy();
    expect(screen.getByText('nbs_live_01…')).toBeTruthy();
    expect(document.body.textContent).not.toContain(SECRET);
    const cached = JSON.stringify([
      client
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
      client
        .getMutationCache()
        .getAll()
        .map((m) => m.state.data),
    ]);
    expect(cached).not.toContain(SECRET);
  });

  it('asks for a name before sending anything', async () => {
    const { calls } = fakeApi();
    renderPage('editor');
    fireEvent.click((await screen.findAllByRole('button', { name: 'Create token' }))[0]!);
    const form = await screen.findByRole('dialog', { name: 'Create an API token' });
    fireEvent.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(await within(form).findByText(/Name the token/)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('offers viewers read tokens only', async () => {
    fakeApi();
    renderPage('viewer');
    fireEvent.click((await screen.findAllByRole('button', { name: 'Create token' }))[0]!);
    const form = await screen.findByRole('dialog', { name: 'Create an API token' });
    expect((within(form).getByRole('radio', { name: 'Read and write' }) as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(within(form).getByText('Your role can create read tokens only.')).toBeTruthy();
  });
});
