// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evidenceParams } from '../../features/evidence/use-evidence.js';
import { NO_EVIDENCE_FILTERS } from '../../features/evidence/use-evidence-params.js';
import { useAuditLog } from './audit.js';
import { useCatalogTree, useClauseTitles } from './catalog.js';
import { evidenceListQuery, useEvidenceList } from './evidence.js';
import { invalidateOrgData, queryKeys } from './keys.js';
import { useMemberNames, useMembers } from './members.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const MEMBERS = [{ userId: 'u1', name: 'Chen Li', email: 'chen@example.com', role: 'editor' }];
const TREE = {
  framework: { id: 'f', name: 'F', title: 'F' },
  groups: [{ id: '9', title: 'Access control' }],
};

/** Stubs fetch with `reply(url)` and records every URL asked for. */
const stubFetch = (reply: (url: string) => unknown) => {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      urls.push(url);
      return new Response(JSON.stringify(reply(url)), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return urls;
};

const mount = (ui: ReactNode) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/o/org1']}>
        <Routes>
          <Route path="/o/:orgId" element={ui} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return client;
};

function MemberCount() {
  const { data } = useMembers();
  return <p>{data ? `${data.length} member` : 'loading members'}</p>;
}

function OwnerName({ id }: { id: string }) {
  const name = useMemberNames();
  return <p>owner: {name(id)}</p>;
}

function Dashboard() {
  const { data } = useEvidenceList({ expiringWithinDays: 30 });
  return <p>dashboard: {data ? data.length : '…'}</p>;
}

function Library() {
  const filters = { ...NO_EVIDENCE_FILTERS, validity: 'expiring' as const, days: 30 };
  const { data } = useEvidenceList(evidenceParams(filters));
  return <p>library: {data ? data.length : '…'}</p>;
}

function Titles() {
  const tree = useCatalogTree('f');
  const titles = useClauseTitles('f');
  return (
    <p>
      {tree.data?.framework.name} {titles.data?.get('9')}
    </p>
  );
}

function Log() {
  const log = useAuditLog('limit=1');
  const pages = log.data?.pages.length ?? 0;
  return (
    <button type="button" onClick={() => void log.fetchNextPage()} disabled={!log.hasNextPage}>
      pages: {pages}
    </button>
  );
}

function Hidden() {
  const log = useAuditLog('limit=10', false);
  return <p>{log.fetchStatus}</p>;
}

describe('shared query hooks', () => {
  it('fetch the members once for every page part that shows them', async () => {
    const urls = stubFetch(() => MEMBERS);
    mount(
      <>
        <MemberCount />
        <OwnerName id="u1" />
        <OwnerName id="u9" />
      </>,
    );
    expect(await screen.findByText('1 member')).toBeTruthy();
    expect(screen.getByText('owner: Chen Li')).toBeTruthy();
    expect(screen.getByText('owner: Former member')).toBeTruthy();
    expect(urls).toEqual(['/api/v1/orgs/org1/members']);
  });

  it('give the dashboard and the evidence library the same list for the same filter', async () => {
    const urls = stubFetch(() => []);
    const client = mount(
      <>
        <Dashboard />
        <Library />
      </>,
    );
    expect(await screen.findByText('dashboard: 0')).toBeTruthy();
    expect(screen.getByText('library: 0')).toBeTruthy();
    expect(urls).toEqual(['/api/v1/orgs/org1/evidence?expiringWithinDays=30']);
    expect(client.getQueryData(queryKeys.evidenceList('org1', '?expiringWithinDays=30'))).toEqual([]);
  });

  it('read clause titles from the cached catalog tree', async () => {
    const urls = stubFetch(() => TREE);
    mount(<Titles />);
    expect(await screen.findByText('F Access control')).toBeTruthy();
    expect(urls).toEqual(['/api/v1/catalog/tree?framework=f']);
  });

  it('page through the audit log with the cursor of the last page', async () => {
    const urls = stubFetch((url) =>
      url.includes('before=')
        ? { events: [], nextBefore: null }
        : { events: [{ id: 'e1', seq: 7 }], nextBefore: 7 },
    );
    mount(<Log />);
    (await screen.findByText('pages: 1')).click();
    await screen.findByText('pages: 2');
    expect(urls).toEqual(['/api/v1/orgs/org1/audit?limit=1', '/api/v1/orgs/org1/audit?limit=1&before=7']);
  });

  it('ask for nothing while disabled', async () => {
    const urls = stubFetch(() => ({ events: [], nextBefore: null }));
    mount(<Hidden />);
    expect(await screen.findByText('idle')).toBeTruthy();
    expect(urls).toEqual([]);
  });
});

describe('evidenceListQuery', () => {
  it('writes the set filters in a fixed order and leaves the rest out', () => {
    expect(evidenceListQuery({})).toBe('');
    expect(
      evidenceListQuery({
        expired: false,
        kind: 'scan',
        ownerId: 'u1',
        control: 'CLD.9.5.2',
        expiringWithinDays: 7,
      }),
    ).toBe('?control=CLD.9.5.2&ownerId=u1&kind=scan&expiringWithinDays=7&expired=false');
    expect(evidenceListQuery({ expired: true })).toBe('?expired=true');
  });
});

describe('invalidateOrgData', () => {
  it('marks everything of the organization stale but its members and services', async () => {
    const client = new QueryClient();
    const keys = [
      queryKeys.members('o'),
      queryKeys.services('o'),
      queryKeys.assessments('o'),
      queryKeys.assessment('o', 'a'),
      queryKeys.evidenceList('o', ''),
      queryKeys.audit('o', 'limit=10'),
      queryKeys.members('other'),
      queryKeys.frameworks,
    ];
    for (const key of keys) client.setQueryData(key, []);
    await invalidateOrgData(client, 'o');
    const stale = keys.filter((key) => client.getQueryState(key)?.isInvalidated).map((k) => k.join('/'));
    expect(stale).toEqual([
      'org/o/assessments',
      'org/o/assessments/a',
      'org/o/evidence/list/',
      'org/o/audit/limit=10',
    ]);
  });
});
