import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { verifyEvidenceBlobs } from '../src/evidence/verify-blobs.js';
import { dayOffset, type EvidenceJson, sha, useEvidenceFixture } from './evidence-fixture.js';
import { call } from './harness.js';

describe.each(testDatabases())('the evidence library on $name', (database) => {
  const fx = useEvidenceFixture(database);

  it('lists evidence with control, owner, kind and expiry filters', async () => {
    const { server, editor, viewer, base, createLink, result } = fx;
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
    const { server, editor, viewer, base, auditActions, createLink } = fx;
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
    const { server, editor, viewer, base, upload, file, auditActions, result } = fx;
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
    const { server, editor, base, upload, file, auditActions, result } = fx;
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
    const { server, editor, other, base, otherBase, otherResultId, upload, file, createLink, result } = fx;
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
    const { server } = fx;
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
    const { server, editor, orgId, base, upload, file } = fx;
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
