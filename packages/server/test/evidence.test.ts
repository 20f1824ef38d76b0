import { createHash, randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { verifyEvidenceBlobs } from '../src/evidence/verify-blobs.js';
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

/** A real 1x1 PNG: signature, IHDR, IDAT and IEND chunks. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const dayOffset = (days: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

interface EvidenceJson {
  id: string;
  kind: string;
  title: string;
  sha256: string | null;
  size: number | null;
  contentType: string | null;
  filename: string | null;
  url: string | null;
  version: number;
  linkedResults: string[];
  expiry: string;
  links?: { resultId: string; controlId: string; assessmentId: string }[];
}
interface ResultJson {
  id: string;
  controlId: string;
  evidenceCount: number;
}
type Part = string | string[] | File;

describe.each(testDatabases())('evidence on $name', (database) => {
  let server: TestServer;
  let editor: Caller;
  let viewer: Caller;
  let other: Caller;
  let orgId: string;
  let base: string;
  let otherBase: string;
  let results: ResultJson[];
  let otherResultId: string;

  /** Sends a multipart/form-data upload like a browser would. */
  const upload = async (
    as: Caller,
    parts: Record<string, Part>,
    path = `${base}/evidence`,
    target: TestServer = server,
  ) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(parts)) {
      if (value instanceof File) form.append(name, value);
      else for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
    }
    const res = await target.nimbus.app.request(path, { method: 'POST', headers: as.headers, body: form });
    const text = await res.text();
    return {
      status: res.status,
      text,
      json: JSON.parse(text) as EvidenceJson & { code?: string; detail?: string },
    };
  };
  const file = (bytes: Uint8Array | string, name: string, type = 'application/octet-stream') =>
    new File([bytes], name, { type });
  const evidenceCount = async () =>
    Number(
      (
        await server.store.db
          .selectFrom('evidence')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const auditActions = async (targetId: string) =>
    (
      await server.store.db
        .selectFrom('audit_events')
        .select(['action', 'changes'])
        .where('target_id', '=', targetId)
        .orderBy('seq')
        .execute()
    ).map((r) => ({ action: r.action, changes: JSON.parse(r.changes) as Record<string, unknown> }));
  const createLink = async (body: Record<string, unknown>, as: Caller = editor) =>
    call(server, 'POST', `${base}/evidence/links`, { as, body });

  beforeAll(async () => {
    server = await startTestServer(await database.url());
    const org = await seedOrg(server.store, 'Acme Cloud Ltd');
    orgId = org.id;
    base = `/api/v1/orgs/${orgId}`;
    const user = await seedUser(server.store, 'Chen Li');
    await seedMember(server.store, orgId, user.id, 'editor');
    editor = await login(server, user.email);
    const v = await seedUser(server.store, 'Vic Viewer');
    await seedMember(server.store, orgId, v.id, 'viewer');
    viewer = await login(server, v.email);
    const a = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'CSP assessment', perspective: 'csp' },
    });
    results = (await call(server, 'GET', `${base}/assessments/${a.json.id}`, { as: editor })).json.results;

    const otherOrg = await seedOrg(server.store, 'Globex');
    otherBase = `/api/v1/orgs/${otherOrg.id}`;
    const o = await seedUser(server.store, 'Olga Other');
    await seedMember(server.store, otherOrg.id, o.id, 'editor');
    other = await login(server, o.email);
    const oa = await call(server, 'POST', `${otherBase}/assessments`, {
      as: other,
      body: { name: 'Globex assessment', perspective: 'csc' },
    });
    otherResultId = (await call(server, 'GET', `${otherBase}/assessments/${oa.json.id}`, { as: other })).json
      .results[0].id;
  });
  afterAll(() => server.close());

  const result = (controlId: string) => results.find((r) => r.controlId === controlId)!;

  it('stores an upload under the sniffed type and its SHA-256, one blob per content', async () => {
    const first = await upload(editor, { file: file(PNG, 'screenshot.png', 'text/html') });
    expect(first.status, first.text).toBe(201);
    expect(first.json).toMatchObject({
      kind: 'file',
      title: 'screenshot.png',
      filename: 'screenshot.png',
      contentType: 'image/png',
      sha256: sha(PNG),
      size: PNG.byteLength,
      version: 1,
      linkedResults: [],
      expiry: 'none',
    });
    const second = await upload(editor, { file: file(PNG, 'copy.png'), title: 'Same picture' });
    expect(second.status).toBe(201);
    expect(second.json.sha256).toBe(first.json.sha256);
    expect(second.json.id).not.toBe(first.json.id);
    expect((await server.deps.blobs.list()).filter((s) => s === sha(PNG))).toHaveLength(1);

    const text = await upload(editor, {
      file: file('<script>alert(1)</script> ü', 'notes.html', 'text/html'),
    });
    expect(text.json.contentType).toBe('text/plain; charset=utf-8');
    const binary = await upload(editor, {
      file: file(new Uint8Array([0x01, 0x02, 0x03, 0x00, 0x9f, 0x42]), 'x.dat'),
    });
    expect(binary.json.contentType).toBe('application/octet-stream');

    const [created] = await auditActions(first.json.id);
    expect(created?.action).toBe('evidence.created');
    expect(created?.changes).toMatchObject({
      sha256: { to: sha(PNG) },
      filename: { to: 'screenshot.png' },
      size: { to: PNG.byteLength },
      contentType: { to: 'image/png' },
    });
  });

  it('downloads the identical bytes as an attachment with integrity headers, and audits it', async () => {
    const up = await upload(editor, { file: file(PNG, 'shot.png', 'text/html') });
    const res = await server.nimbus.app.request(`${base}/evidence/${up.json.id}/download`, {
      headers: viewer.headers,
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="shot.png"; filename*=UTF-8''shot.png`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-length')).toBe(String(PNG.byteLength));
    expect(res.headers.get('etag')).toBe(`"${sha(PNG)}"`);
    expect(res.headers.get('x-evidence-sha256')).toBe(sha(PNG));
    expect((await auditActions(up.json.id)).map((a) => a.action)).toContain('evidence.downloaded');
  });

  it('keeps a unicode file name with quotes, without path parts or control characters', async () => {
    const name = 'Prüfbericht "Q3" – Zugriff 📄.pdf';
    const up = await upload(editor, { file: file('report', `C:\\fakepath\\${name}`) });
    expect(up.json.filename).toBe(name);
    const res = await server.nimbus.app.request(`${base}/evidence/${up.json.id}/download`, {
      headers: editor.headers,
    });
    const disposition = res.headers.get('content-disposition') ?? '';
    const star = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(star)).toBe(name);
    const ascii = /filename="([^"]*)"/.exec(disposition)?.[1] ?? '';
    expect(ascii).toMatch(/^[\x20-\x7e]+$/);
    expect(ascii).toContain('Q3');

    const sneaky = await upload(editor, { file: file('x', '../../etc/evil\u202egnp.exe') });
    expect(sneaky.json.filename).toBe('evilgnp.exe');
    const long = await upload(editor, { file: file('x', `${'a'.repeat(300)}.txt`) });
    expect(long.json.filename).toHaveLength(255);
  });

  it('refuses an oversize upload with 413 and writes nothing', async () => {
    const small = await startTestServer(await database.url(), { maxUploadBytes: 1024 });
    try {
      const org = await seedOrg(small.store, 'Tiny Ltd');
      const u = await seedUser(small.store, 'Tia Tiny');
      await seedMember(small.store, org.id, u.id, 'editor');
      const tiny = await login(small, u.email);
      const path = `/api/v1/orgs/${org.id}/evidence`;
      const big = await upload(tiny, { file: file(randomBytes(2048), 'big.bin') }, path, small);
      expect(big.status).toBe(413);
      expect(big.json.code).toBe('PAYLOAD_TOO_LARGE');
      const rows = await small.store.db.selectFrom('evidence').select('id').execute();
      expect(rows).toHaveLength(0);
      expect(await small.deps.blobs.list()).toEqual([]);
      const ok = await upload(tiny, { file: file(PNG, 'ok.png') }, path, small);
      expect(ok.status).toBe(201);
    } finally {
      await small.close();
    }
  });

  it('answers bad uploads with a clear 4xx and no partial write', async () => {
    const before = await evidenceCount();
    const blobsBefore = (await server.deps.blobs.list()).length;
    const missing = await upload(editor, { title: 'No file' });
    expect(missing.status).toBe(400);
    expect(missing.json.detail).toContain('file');
    const empty = await upload(editor, { file: file('', 'empty.txt') });
    expect(empty.status).toBe(400);
    const asJson = await call(server, 'POST', `${base}/evidence`, { as: editor, body: { title: 'x' } });
    expect(asJson.status).toBe(415);
    expect(asJson.json.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const urlEncoded = await call(server, 'POST', `${base}/evidence`, {
      as: editor,
      body: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(urlEncoded.status).toBe(415);
    const unknownPart = await upload(editor, { file: file('a', 'a.txt'), colour: 'blue' });
    expect(unknownPart.status).toBe(400);
    const badDate = await upload(editor, { file: file('a', 'a.txt'), validUntil: '2025-02-30' });
    expect(badDate.status).toBe(400);
    const backwards = await upload(editor, {
      file: file('a', 'a.txt'),
      collectedAt: '2025-06-01',
      validUntil: '2025-01-01',
    });
    expect(backwards.status).toBe(400);
    const badId = await upload(editor, { file: file('a', 'a.txt'), resultIds: 'not-a-uuid' });
    expect(badId.status).toBe(400);
    const foreign = await upload(editor, {
      file: file(randomBytes(64), 'r.bin'),
      resultIds: `${result('12.4.1').id},${otherResultId}`,
    });
    expect(foreign.status).toBe(404);
    const notMember = await upload(editor, {
      file: file(randomBytes(64), 'r.bin'),
      ownerId: other.userId,
    });
    expect(notMember.status).toBe(400);
    expect(notMember.json.detail).toContain('not a member');
    const forbidden = await upload(viewer, { file: file('a', 'a.txt') });
    expect(forbidden.status).toBe(403);
    expect(await evidenceCount()).toBe(before);
    expect((await server.deps.blobs.list()).length).toBe(blobsBefore);
  });

  it('links results at upload time, from repeated parts and comma-separated ids', async () => {
    const ids = [result('12.4.1').id, result('12.4.3').id, result('CLD.9.5.2').id];
    const up = await upload(editor, {
      file: file('log policy', 'policy.txt'),
      resultIds: [ids[0]!, `${ids[1]}, ${ids[2]}`],
      ownerId: editor.userId,
      collectedAt: '2025-01-15',
      validUntil: '',
    });
    expect(up.status, up.text).toBe(201);
    expect([...up.json.linkedResults].sort()).toEqual([...ids].sort());
    expect(up.json.links?.map((l) => l.controlId).sort()).toEqual(['12.4.1', '12.4.3', 'CLD.9.5.2']);
  });

  it('records link evidence and refuses dangerous URLs', async () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://x.org/a',
    ]) {
      const bad = await createLink({ title: 'Bad', url });
      expect(bad.status, url).toBe(400);
    }
    const js = await createLink({ title: 'Bad', url: 'javascript:alert(1)' });
    expect(js.json.detail).toContain('javascript: URLs');
    const creds = await createLink({ title: 'Bad', url: 'https://user:pw@example.com/' });
    expect(creds.status).toBe(400);
    const ok = await createLink({
      title: 'CloudTrail console',
      url: 'https://console.aws.amazon.com/cloudtrail/home',
      resultIds: [result('12.4.1').id],
    });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.json).toMatchObject({ kind: 'link', sha256: null, linkedResults: [result('12.4.1').id] });
    const download = await call(server, 'GET', `${base}/evidence/${ok.json.id}/download`, { as: editor });
    expect(download.status).toBe(400);
    expect(download.json.code).toBe('INVALID_ARGUMENT');
    expect(download.json.detail).toContain('https://console.aws.amazon.com/cloudtrail/home');
  });

  it('lists evidence with control, owner, kind and expiry filters', async () => {
    const make = async (title: string, validUntil?: string) =>
      (await createLink({ title, url: 'https://example.com/e', ...(validUntil ? { validUntil } : {}) })).json;
    const expired = await make('Old pentest', dayOffset(-1));
    const expiring = await make('Cert ending soon', dayOffset(10));
    const valid = await make('Fresh cert', dayOffset(100));
    const none = await make('No end date');
    const owned = await createLink({ title: 'Mine', url: 'https://example.com/m', ownerId: editor.userId });
    const control = result('13.1.3');
    await call(server, 'PUT', `${base}/results/${control.id}/evidence/${valid.id}`, { as: editor });

    const list = async (query: string) => {
      const res = await call(server, 'GET', `${base}/evidence${query}`, { as: viewer });
      expect(res.status, res.text).toBe(200);
      return res.json as unknown as EvidenceJson[];
    };
    const all = await list('');
    const expiryOf = (id: string) => all.find((e) => e.id === id)?.expiry;
    expect([expiryOf(expired.id), expiryOf(expiring.id), expiryOf(valid.id), expiryOf(none.id)]).toEqual([
      'expired',
      'expiring',
      'valid',
      'none',
    ]);
    expect(all.find((e) => e.id === valid.id)?.linkedResults).toEqual([control.id]);

    const expiredIds = (await list('?expired=true')).map((e) => e.id);
    expect(expiredIds).toContain(expired.id);
    expect(expiredIds).not.toContain(expiring.id);
    expect(expiredIds).not.toContain(none.id);
    const notExpired = (await list('?expired=false')).map((e) => e.id);
    expect(notExpired).toEqual(expect.arrayContaining([expiring.id, valid.id, none.id]));
    expect(notExpired).not.toContain(expired.id);
    const soon = (await list('?expiringWithinDays=30')).map((e) => e.id);
    expect(soon).toContain(expiring.id);
    expect(soon).not.toContain(valid.id);
    expect(soon).not.toContain(expired.id);
    expect((await list('?control=13.1.3')).map((e) => e.id)).toEqual([valid.id]);
    expect(await list('?control=18.2.1')).toEqual([]);
    expect((await list(`?ownerId=${editor.userId}`)).map((e) => e.id)).toContain(owned.json.id);
    expect((await list('?kind=link')).every((e) => e.kind === 'link')).toBe(true);

    for (const bad of ['?expiringWithinDays=-1', '?kind=video', '?expired=yes', '?colour=blue']) {
      expect((await call(server, 'GET', `${base}/evidence${bad}`, { as: viewer })).status, bad).toBe(400);
    }
  });

  it('edits evidence only with a current If-Match', async () => {
    const e = (await createLink({ title: 'Runbook', url: 'https://example.com/runbook' })).json;
    const path = `${base}/evidence/${e.id}`;
    const got = await call(server, 'GET', path, { as: viewer });
    expect(got.headers.get('etag')).toBe('"v1"');
    const noMatch = await call(server, 'PATCH', path, { as: editor, body: { title: 'x' } });
    expect(noMatch.status).toBe(428);
    const ok = await call(server, 'PATCH', path, {
      as: editor,
      headers: { 'if-match': '"v1"' },
      body: { title: 'Incident runbook', validUntil: '2030-01-01', ownerId: editor.userId },
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.headers.get('etag')).toBe('"v2"');
    expect(ok.json).toMatchObject({ title: 'Incident runbook', validUntil: '2030-01-01', version: 2 });
    const stale = await call(server, 'PATCH', path, {
      as: editor,
      headers: { 'if-match': '"v1"' },
      body: { title: 'Lost update' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('VERSION_CONFLICT');
    expect(stale.json.current).toMatchObject({ title: 'Incident runbook', version: 2 });
    const backwards = await call(server, 'PATCH', path, {
      as: editor,
      headers: { 'if-match': '"v2"' },
      body: { collectedAt: '2031-01-01' },
    });
    expect(backwards.status).toBe(400);
    const unknown = await call(server, 'PATCH', path, {
      as: editor,
      headers: { 'if-match': '"v2"' },
      body: { sha256: 'f'.repeat(64) },
    });
    expect(unknown.status).toBe(400);
    const cleared = await call(server, 'PATCH', path, {
      as: editor,
      headers: { 'if-match': '"v2"' },
      body: { validUntil: null, ownerId: null },
    });
    expect(cleared.json).toMatchObject({ validUntil: null, ownerId: null, version: 3 });
    const updated = (await auditActions(e.id)).filter((a) => a.action === 'evidence.updated');
    expect(updated).toHaveLength(2);
    expect(updated[0]?.changes).toMatchObject({ title: { from: 'Runbook', to: 'Incident runbook' } });
  });

  it('links and unlinks evidence to a control result, idempotently, and the assessment shows it', async () => {
    const e = (await upload(editor, { file: file(randomBytes(32), 'proof.bin') })).json;
    const r = result('16.1.2');
    const path = `${base}/results/${r.id}/evidence/${e.id}`;
    const countOnAssessment = async () => {
      const a = (await call(server, 'GET', `${base}/results/${r.id}`, { as: viewer })).json;
      const full = await call(server, 'GET', `${base}/assessments/${a.assessmentId}`, { as: viewer });
      return (full.json.results as ResultJson[]).find((x) => x.id === r.id)!.evidenceCount;
    };
    const linked = await call(server, 'PUT', path, { as: editor });
    expect(linked.status, linked.text).toBe(200);
    expect(linked.json.linkedResults).toEqual([r.id]);
    expect(linked.json.links).toEqual([
      { resultId: r.id, controlId: '16.1.2', assessmentId: expect.any(String) },
    ]);
    expect((await call(server, 'PUT', path, { as: editor })).status).toBe(200);
    expect(await countOnAssessment()).toBe(1);
    const detail = await call(server, 'GET', `${base}/evidence/${e.id}`, { as: viewer });
    expect(detail.json.links[0].controlId).toBe('16.1.2');
    expect((await call(server, 'PUT', path, { as: viewer })).status).toBe(403);

    const unlinked = await call(server, 'DELETE', path, { as: editor });
    expect(unlinked.status).toBe(200);
    expect(unlinked.json.linkedResults).toEqual([]);
    expect((await call(server, 'DELETE', path, { as: editor })).status).toBe(200);
    expect(await countOnAssessment()).toBe(0);
    expect((await auditActions(e.id)).map((a) => a.action)).toEqual([
      'evidence.created',
      'evidence.linked',
      'evidence.unlinked',
    ]);
  });

  it('deletes evidence and its links but keeps the shared blob', async () => {
    const bytes = randomBytes(48);
    const e = (await upload(editor, { file: file(bytes, 'gone.bin'), resultIds: result('12.4.1').id })).json;
    const res = await call(server, 'DELETE', `${base}/evidence/${e.id}`, { as: editor });
    expect(res.status).toBe(204);
    expect((await call(server, 'GET', `${base}/evidence/${e.id}`, { as: editor })).status).toBe(404);
    const links = await server.store.db
      .selectFrom('evidence_links')
      .select('control_result_id')
      .where('evidence_id', '=', e.id)
      .execute();
    expect(links).toEqual([]);
    expect(await server.deps.blobs.has(sha(bytes))).toBe(true);
    expect((await auditActions(e.id)).map((a) => a.action)).toContain('evidence.deleted');
    expect((await call(server, 'DELETE', `${base}/evidence/${e.id}`, { as: editor })).status).toBe(404);
  });

  it("never shows or changes another organization's evidence", async () => {
    const theirs = await upload(
      other,
      { file: file(randomBytes(40), 'secret.bin') },
      `${otherBase}/evidence`,
    );
    expect(theirs.status).toBe(201);
    const id = theirs.json.id;
    const attempts = [
      await call(server, 'GET', `${base}/evidence/${id}`, { as: editor }),
      await call(server, 'GET', `${base}/evidence/${id}/download`, { as: editor }),
      await call(server, 'PATCH', `${base}/evidence/${id}`, {
        as: editor,
        headers: { 'if-match': '"v1"' },
        body: { title: 'Mine now' },
      }),
      await call(server, 'DELETE', `${base}/evidence/${id}`, { as: editor }),
      await call(server, 'PUT', `${base}/results/${result('12.4.1').id}/evidence/${id}`, { as: editor }),
      await call(server, 'DELETE', `${base}/results/${result('12.4.1').id}/evidence/${id}`, { as: editor }),
      await call(server, 'GET', `${otherBase}/evidence/${id}`, { as: editor }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    const mine = (await createLink({ title: 'Mine', url: 'https://example.com/x' })).json;
    const crossResult = await call(server, 'PUT', `${base}/results/${otherResultId}/evidence/${mine.id}`, {
      as: editor,
    });
    expect(crossResult.status).toBe(404);
    expect(
      (await call(server, 'GET', `${base}/evidence`, { as: editor })).json.map((e: EvidenceJson) => e.id),
    ).not.toContain(id);
    const still = await call(server, 'GET', `${otherBase}/evidence/${id}`, { as: other });
    expect(still.json).toMatchObject({ title: 'secret.bin', version: 1, linkedResults: [] });
  });

  it('documents the upload as multipart/form-data in the OpenAPI document and the route table', async () => {
    const doc = await call(server, 'GET', '/api/openapi.json');
    expect(doc.status, doc.text).toBe(200);
    const post = doc.json.paths['/api/v1/orgs/{orgId}/evidence'].post;
    expect(Object.keys(post.requestBody.content)).toEqual(['multipart/form-data']);
    expect(post.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({
      type: 'string',
      format: 'binary',
    });
    const route = server.nimbus.routes.find(
      (r) => r.method === 'POST' && r.path === '/api/v1/orgs/{orgId}/evidence',
    );
    expect(route).toMatchObject({ body: 'multipart', access: { kind: 'org', permission: 'evidence:write' } });
  });

  it('verifies every stored blob and reports damaged and missing files', async () => {
    const tampered = (await upload(editor, { file: file(randomBytes(80), 'a.bin') })).json;
    const lost = (await upload(editor, { file: file(randomBytes(80), 'b.bin') })).json;
    const clean = await verifyEvidenceBlobs(server.store, server.deps.blobs);
    expect(clean.mismatched).toEqual([]);
    expect(clean.missing).toEqual([]);
    expect(clean.ok).toBe(clean.checked);

    const pathOf = (s: string) => join(server.deps.blobs.root, s.slice(0, 2), s.slice(2, 4), s);
    writeFileSync(pathOf(tampered.sha256!), 'tampered');
    rmSync(pathOf(lost.sha256!));
    const report = await verifyEvidenceBlobs(server.store, server.deps.blobs);
    expect(report.checked).toBe(clean.checked);
    expect(report.ok).toBe(clean.checked - 2);
    expect(report.mismatched).toEqual([
      { evidenceId: tampered.id, orgId, sha256: tampered.sha256, actual: sha('tampered') },
    ]);
    expect(report.missing).toEqual([{ evidenceId: lost.id, orgId, sha256: lost.sha256 }]);
    const download = await call(server, 'GET', `${base}/evidence/${lost.id}/download`, { as: editor });
    expect(download.status).toBe(500);
    expect(download.json.code).toBe('INTEGRITY_FAILED');
  });
});
