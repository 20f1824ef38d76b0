import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { PNG, sha, useEvidenceFixture } from './evidence-fixture.js';
import { call, login, seedMember, seedOrg, seedUser, startTestServer } from './harness.js';

describe.each(testDatabases())('evidence uploads and downloads on $name', (database) => {
  const fx = useEvidenceFixture(database);

  it('stores an upload under the sniffed type and its SHA-256, one blob per content', async () => {
    const { server, editor, upload, file, auditActions } = fx;
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
    const { server, editor, viewer, base, upload, file, auditActions } = fx;
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
    const { server, editor, base, upload, file } = fx;
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
    const { upload, file } = fx;
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
    const { server, editor, viewer, other, base, otherResultId, upload, file, evidenceCount, result } = fx;
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
    const { editor, upload, file, result } = fx;
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
    const { server, editor, base, createLink, result } = fx;
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
});
