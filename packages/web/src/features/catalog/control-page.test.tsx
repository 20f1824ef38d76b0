// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import type { ControlView } from '@nimbus/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ControlPage from './control-page.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = (over: Partial<ControlView> = {}): ControlView => ({
  framework: 'iso27017:2015',
  control: {
    id: 'CLD.9.5.2',
    title: 'Virtual machine hardening',
    kind: 'cloud-extended',
    groupPath: ['9', 'CLD.9.5'],
    verification: 'confirmed',
    audience: 'both',
  },
  groups: [
    { id: '9', kind: 'clause', title: 'Access control' },
    { id: 'CLD.9.5', kind: 'objective', title: 'Shared environments' },
  ],
  mappings: [],
  checks: [
    { check: 'aws-ec2-imdsv2-required', why: 'Metadata tokens are part of the hardening baseline.' },
    { check: 'k8s-run-as-non-root', why: 'Containers do not run as root.' },
  ],
  ...over,
});

const mount = (body: ControlView, path = '/o/org1/catalog/iso27017:2015/CLD.9.5.2') => {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      urls.push(url);
      const json = url.startsWith('/api/v1/catalog/control') ? body : [];
      return new Response(JSON.stringify(json), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/o/:orgId/catalog/:framework/:controlId" element={<ControlPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return urls;
};

describe('ControlPage', () => {
  it('lists the scanner checks linked to the control, with what a pass shows', async () => {
    const urls = mount(view());
    const table = await screen.findByRole('table', { name: 'Scanner checks for CLD.9.5.2' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'aws-ec2-imdsv2-requiredMetadata tokens are part of the hardening baseline.',
      'k8s-run-as-non-rootContainers do not run as root.',
    ]);
    expect(screen.getByText('nimbus scan <paths> --controls CLD.9.5.2')).toBeTruthy();
    expect(urls).toContain('/api/v1/catalog/control?framework=iso27017%3A2015&id=CLD.9.5.2');
  });

  it('says when no check covers an ISO/IEC 27017 control', async () => {
    mount(view({ checks: [] }));
    expect(await screen.findByText(/No scanner check covers CLD\.9\.5\.2/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Scanner checks/ })).toBeNull();
  });

  it('leaves the section out for a framework without check links', async () => {
    const other = view({
      framework: 'iso27002:2022',
      control: {
        id: '8.15',
        title: 'Logging',
        kind: 'standard',
        groupPath: ['8'],
        verification: 'confirmed',
      },
      groups: [{ id: '8', kind: 'theme', title: 'Technological controls' }],
      checks: [],
    });
    mount(other, '/o/org1/catalog/iso27002:2022/8.15');
    expect(await screen.findByRole('heading', { name: 'Mappings to other frameworks' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Automated checks' })).toBeNull();
  });
});
