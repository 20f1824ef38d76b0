import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { insertEvidence } from '@nimbus/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import {
  type Caller,
  call,
  login,
  seedMember,
  seedOrg,
  seedUser,
  startTestServer,
  type TestServer,
} from './harness.js';

// Reading a full assessment is the hottest route: it is served from a cache keyed by the assessment's version,
// its revision (bumped by the database on any change to its results or their evidence) and the day. These tests
// prove that every kind of change is seen at once, that conditional requests work, and that the gzipped and
// plain bodies are the same document.
describe.each(testDatabases())('reading an assessment on $name', (database) => {
  let server: TestServer;
  let editor: Caller;
  let orgId: string;
  let base: string;
  let assessmentId: string;
  let path: string;

  const read = (headers: Record<string, string> = {}) => call(server, 'GET', path, { as: editor, headers });

  beforeAll(async () => {
    // Sessions of three days, so the day-change test can move the clock past midnight.
    server = await startTestServer(await database.url(), { sessionTtlHours: 72 });
    const org = await seedOrg(server.store, 'Acme Cloud Ltd');
    orgId = org.id;
    base = `/api/v1/orgs/${orgId}`;
    const user = await seedUser(server.store, 'Chen Li');
    await seedMember(server.store, orgId, user.id, 'editor');
    editor = await login(server, user.email);
    const created = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'Acme CRM CSP assessment', perspective: 'csp' },
    });
    expect(created.status, created.text).toBe(201);
    assessmentId = created.json.id;
    path = `${base}/assessments/${assessmentId}`;
  });
  afterAll(() => server.close());

  it('names the representation with version, revision and day, and answers If-None-Match with 304', async () => {
    const first = await read();
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^"v1-r0-d\d{8}"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    const again = await read({ 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect((await read({ 'if-none-match': `W/${tag}, "v0"` })).status).toBe(304);
    expect((await read({ 'if-none-match': '"v1-r0"' })).status).toBe(200);
  });

  it('shows a result change at once and under a new ETag', async () => {
    const before = await read();
    const result = before.json.results.find((r: { control: { id: string } }) => r.control.id === 'CLD.9.5.2');
    const patched = await call(server, 'PATCH', `${base}/results/${result.id}`, {
      as: editor,
      headers: { 'if-match': `"v${result.version}"` },
      body: { status: 'implemented' },
    });
    expect(patched.status, patched.text).toBe(200);
    const after = await read({ 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const now = after.json.results.find((r: { id: string }) => r.id === result.id);
    expect(now.status).toBe('implemented');
    expect(after.json.progress.overall).not.toEqual(before.json.progress.overall);
  });

  it('shows evidence linked, edited and unlinked at once', async () => {
    const before = await read();
    const result = before.json.results[0];
    const evidence = await insertEvidence(server.store.db, {
      id: randomUUID(),
      orgId,
      kind: 'scan',
      title: 'nimbus scan of infra/',
      sha256: null,
      size: null,
      contentType: null,
      filename: null,
      url: null,
      collectedAt: '2026-11-28',
      validUntil: null,
      ownerId: null,
      createdAt: new Date().toISOString(),
      createdBy: null,
      version: 1,
    });
    const link = await call(server, 'PUT', `${base}/results/${result.id}/evidence/${evidence.id}`, {
      as: editor,
    });
    expect(link.status, link.text).toBe(200);
    const linked = await read();
    const view = linked.json.results.find((r: { id: string }) => r.id === result.id);
    expect(view.evidenceCount).toBe(1);
    expect(view.latestAutomatedEvidence.title).toBe('nimbus scan of infra/');
    const edited = await call(server, 'PATCH', `${base}/evidence/${evidence.id}`, {
      as: editor,
      headers: { 'if-match': '"v1"' },
      body: { title: 'nimbus scan of infra/ (nightly)' },
    });
    expect(edited.status, edited.text).toBe(200);
    const renamed = (await read()).json.results.find((r: { id: string }) => r.id === result.id);
    expect(renamed.latestAutomatedEvidence.title).toBe('nimbus scan of infra/ (nightly)');
    const unlink = await call(server, 'DELETE', `${base}/results/${result.id}/evidence/${evidence.id}`, {
      as: editor,
    });
    expect(unlink.status).toBe(200);
    const unlinked = (await read()).json.results.find((r: { id: string }) => r.id === result.id);
    expect(unlinked).toMatchObject({ evidenceCount: 0, latestAutomatedEvidence: null });
  });

  it('shows a change of the assessment itself, and takes the full ETag in If-Match', async () => {
    const before = await read();
    const renamed = await call(server, 'PATCH', path, {
      as: editor,
      headers: { 'if-match': before.headers.get('etag')! },
      body: { name: 'Acme CRM CSP assessment 2027' },
    });
    expect(renamed.status, renamed.text).toBe(200);
    const after = await read();
    expect(after.json.name).toBe('Acme CRM CSP assessment 2027');
    expect(after.headers.get('etag')).toMatch(/^"v2-r\d+-d\d{8}"$/);
  });

  it('recomputes derived progress when the day changes', async () => {
    // A result due today is not overdue; ten minutes after midnight it is, with nothing else changed.
    const today = new Date().toISOString().slice(0, 10);
    const result = (await read()).json.results[1];
    const due = await call(server, 'PATCH', `${base}/results/${result.id}`, {
      as: editor,
      headers: { 'if-match': `"v${result.version}"` },
      body: { status: 'planned', dueDate: today },
    });
    expect(due.status, due.text).toBe(200);
    try {
      server.setNow(new Date(`${today}T23:50:00Z`));
      const before = await read();
      server.setNow(new Date(Date.parse(`${today}T23:50:00Z`) + 20 * 60_000));
      const after = await read();
      // A new day is a new representation: a client's copy from yesterday is not current.
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
      expect((await read({ 'if-none-match': before.headers.get('etag')! })).status).toBe(200);
      expect(after.json.progress.overall).not.toEqual(before.json.progress.overall);
    } finally {
      server.setNow(undefined as unknown as Date);
    }
  });

  it('sends the same document gzipped to clients that accept it', async () => {
    const plain = await read();
    const res = await server.nimbus.app.request(path, {
      headers: { ...editor.headers, 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('accept-encoding');
    expect(res.headers.get('etag')).toBe(plain.headers.get('etag'));
    const zipped = Buffer.from(await res.arrayBuffer());
    expect(zipped.byteLength).toBeLessThan(plain.text.length / 4);
    expect(JSON.parse(gunzipSync(zipped).toString('utf8'))).toEqual(plain.json);
  });

  it('never serves one organization the cached assessment of another', async () => {
    await read();
    const other = await seedOrg(server.store, 'Contoso Health');
    const user = await seedUser(server.store, 'Ana Silva');
    await seedMember(server.store, other.id, user.id, 'owner');
    const stranger = await login(server, user.email);
    const res = await call(server, 'GET', `/api/v1/orgs/${other.id}/assessments/${assessmentId}`, {
      as: stranger,
    });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('Acme CRM');
  });
});
