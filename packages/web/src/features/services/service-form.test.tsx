// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import type { CloudService } from '@nimbus/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceForm } from './service-form.js';
import {
  changedFields,
  emptyServiceValues,
  patchBody,
  toServiceInput,
  validateService,
  valuesOf,
} from './service-form-values.js';
import { ServiceModalContent } from './service-modal-content.js';
import ServicesPage from './services-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SERVICE: CloudService = {
  id: 's1',
  orgId: 'org1',
  name: 'Acme CRM',
  role: 'provider',
  serviceModel: 'saas',
  provider: 'Acme Cloud Ltd',
  criticality: 'critical',
  dataClassification: 'confidential',
  description: 'Multi-tenant CRM',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const withProviders = (ui: ReactNode, client = new QueryClient()) => (
  <MantineProvider env="test">
    <QueryClientProvider client={client}>{ui}</QueryClientProvider>
  </MantineProvider>
);

describe('validateService', () => {
  it('asks for every required field of an empty form', () => {
    expect(Object.keys(validateService(emptyServiceValues)).sort()).toEqual(
      ['criticality', 'dataClassification', 'name', 'provider', 'role', 'serviceModel'].sort(),
    );
  });

  it('treats blank names as missing and checks lengths and control characters like the server', () => {
    const valid = valuesOf(SERVICE);
    expect(validateService(valid)).toEqual({});
    expect(validateService({ ...valid, name: '   ' }).name).toBe('Enter the service name');
    expect(validateService({ ...valid, name: 'x'.repeat(201) }).name).toMatch(/at most 200/);
    expect(validateService({ ...valid, provider: 'Acme\u0000' }).provider).toMatch(/control characters/);
    expect(validateService({ ...valid, description: 'line 1\nline 2\ttab' })).toEqual({});
    expect(validateService({ ...valid, description: 'x'.repeat(4001) }).description).toMatch(/4000/);
  });

  it('trims names, sends only changed fields, and keeps the description in a PATCH', () => {
    const input = toServiceInput({ ...valuesOf(SERVICE), name: '  Acme CRM EU ', criticality: 'high' });
    expect(input.name).toBe('Acme CRM EU');
    const changes = changedFields(input, SERVICE);
    expect(changes).toEqual({ name: 'Acme CRM EU', criticality: 'high' });
    expect(patchBody(changes, SERVICE)).toEqual({
      description: 'Multi-tenant CRM',
      name: 'Acme CRM EU',
      criticality: 'high',
    });
    expect(patchBody({ description: '' }, SERVICE)).toEqual({ description: '' });
  });
});

describe('ServiceForm', () => {
  it('shows every problem on submit, focuses the first, and does not send', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      withProviders(
        <ServiceForm
          initial={emptyServiceValues}
          submitLabel="Register service"
          submitting={false}
          onSubmit={onSubmit}
          onCancel={() => {}}
        />,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Register service' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Enter the service name')).toBeTruthy();
    expect(screen.getByText('Choose whether you provide or use this service')).toBeTruthy();
    expect(screen.getByText('Choose the service model')).toBeTruthy();
    expect(document.activeElement?.id).toBe('service-name');
    // a fixed field clears its message as the user types
    await user.type(screen.getByLabelText(/Service name/), 'Okta');
    expect(screen.queryByText('Enter the service name')).toBeNull();
  });

  it('sends the trimmed values once everything is filled in', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      withProviders(
        <ServiceForm
          initial={emptyServiceValues}
          submitLabel="Register service"
          submitting={false}
          onSubmit={onSubmit}
          onCancel={() => {}}
        />,
      ),
    );
    await user.type(screen.getByLabelText(/Service name/), ' Okta Workforce ');
    await user.click(screen.getByLabelText('We use it (CSC)'));
    await user.click(screen.getByRole('combobox', { name: /Service model/ }));
    await user.click(await screen.findByRole('option', { name: /SaaS/ }));
    await user.type(screen.getByLabelText(/Provider/), 'Okta, Inc.');
    await user.click(screen.getByRole('combobox', { name: /Criticality/ }));
    await user.click(await screen.findByRole('option', { name: 'High' }));
    await user.click(screen.getByRole('combobox', { name: /Data classification/ }));
    await user.click(await screen.findByRole('option', { name: 'Confidential' }));
    await user.click(screen.getByRole('button', { name: 'Register service' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Okta Workforce',
      role: 'consumer',
      serviceModel: 'saas',
      provider: 'Okta, Inc.',
      criticality: 'high',
      dataClassification: 'confidential',
      description: '',
    });
  });

  it('shows field errors from the server until the field is changed', async () => {
    const user = userEvent.setup();
    render(
      withProviders(
        <ServiceForm
          initial={valuesOf(SERVICE)}
          submitLabel="Save changes"
          submitting={false}
          serverErrors={{ name: 'already taken' }}
          onSubmit={() => {}}
          onCancel={() => {}}
        />,
      ),
    );
    expect(screen.getByText('already taken')).toBeTruthy();
    await user.type(screen.getByLabelText(/Service name/), ' 2');
    expect(screen.queryByText('already taken')).toBeNull();
  });
});

describe('editing against a newer version', () => {
  it('shows the stored values after a 409 and re-applies the change with the new version', async () => {
    const user = userEvent.setup();
    const current: CloudService = {
      ...SERVICE,
      criticality: 'high',
      description: 'Changed by Chen',
      version: 4,
    };
    const requests: { ifMatch: string | null; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        requests.push({ ifMatch: headers.get('if-match'), body: JSON.parse(String(init?.body)) });
        if (requests.length === 1)
          return new Response(
            JSON.stringify({ code: 'VERSION_CONFLICT', detail: 'changed since you read it', current }),
            { status: 409, headers: { 'content-type': 'application/problem+json' } },
          );
        return new Response(JSON.stringify({ ...current, criticality: 'low', version: 5 }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    const onClose = vi.fn();
    render(withProviders(<ServiceModalContent orgId="org1" service={SERVICE} onClose={onClose} />));
    await user.click(screen.getByRole('combobox', { name: /Criticality/ }));
    await user.click(await screen.findByRole('option', { name: 'Low' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Someone changed this service')).toBeTruthy();
    expect(requests[0]).toEqual({
      ifMatch: '"v3"',
      body: { description: 'Multi-tenant CRM', criticality: 'low' },
    });
    expect(screen.getByText('Changed by Chen')).toBeTruthy();
    expect(screen.getByText('Both changed')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Apply my changes' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    // only the user's own field, against the version now stored; their description is kept
    expect(requests[1]).toEqual({
      ifMatch: '"v4"',
      body: { description: 'Changed by Chen', criticality: 'low' },
    });
  });
});

describe('ServicesPage', () => {
  const mount = (role: 'editor' | 'viewer') => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = String(input);
        const body = url.endsWith('/services') ? [SERVICE] : [];
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
      withProviders(
        <MemoryRouter initialEntries={['/o/org1/services']}>
          <Routes>
            <Route path="/o/:orgId/services" element={<ServicesPage />} />
          </Routes>
        </MemoryRouter>,
        client,
      ),
    );
  };

  it('offers edit controls to an editor', async () => {
    mount('editor');
    expect(await screen.findByText('We provide it (CSP)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Register a service' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit Acme CRM' })).toBeTruthy();
  });

  it('shows the register read-only to a viewer', async () => {
    mount('viewer');
    expect(await screen.findByText('Acme CRM')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Register a service' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit|Remove/ })).toBeNull();
  });
});
