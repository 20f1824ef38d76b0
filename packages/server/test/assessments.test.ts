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

describe.each(testDatabases())('services, assessments and results on $name', (database) => {
  let server: TestServer;
  let editor: Caller;
  let orgId: string;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(await database.url());
    const org = await seedOrg(server.store, 'Acme Cloud Ltd');
    orgId = org.id;
    base = `/api/v1/orgs/${orgId}`;
    const user = await seedUser(server.store, 'Chen Li');
    await seedMember(server.store, orgId, user.id, 'editor');
    editor = await login(server, user.email);
  });
  afterAll(() => server.close());

  const createAssessment = async (extra: Record<string, unknown> = {}) => {
    const res = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'Acme CRM CSP assessment', perspective: 'csp', ...extra },
    });
    expect(res.status, res.text).toBe(201);
    return res.json;
  };

  it('registers cloud services and versions every change', async () => {
    const created = await call(server, 'POST', `${base}/services`, {
      as: editor,
      body: {
        name: 'Acme CRM',
        role: 'provider',
        serviceModel: 'saas',
        provider: 'Acme Cloud Ltd',
        criticality: 'critical',
        dataClassification: 'confidential',
        description: 'Multi-tenant CRM',
      },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"v1"');
    const id = created.json.id;
    const noMatch = await call(server, 'PATCH', `${base}/services/${id}`, {
      as: editor,
      body: { criticality: 'high' },
    });
    expect(noMatch.status).toBe(428);
    const ok = await call(server, 'PATCH', `${base}/services/${id}`, {
      as: editor,
      body: { criticality: 'high' },
      headers: { 'if-match': '"v1"' },
    });
    expect(ok.json).toMatchObject({ criticality: 'high', version: 2, description: 'Multi-tenant CRM' });
    const stale = await call(server, 'PATCH', `${base}/services/${id}`, {
      as: editor,
      body: { criticality: 'low' },
      headers: { 'if-match': '"v1"' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ criticality: 'high', version: 2 });
  });

  it('creates an assessment with a result for all 121 controls and derives progress', async () => {
    const a = await createAssessment();
    const full = await call(server, 'GET', `${base}/assessments/${a.id}`, { as: editor });
    expect(full.json.results).toHaveLength(121);
    expect(
      full.json.results.find((r: { controlId: string }) => r.controlId === 'CLD.9.5.2').control,
    ).toMatchObject({
      kind: 'cloud-extended',
      title: 'Virtual machine hardening',
    });
    expect(full.json.progress.overall).toMatchObject({ total: 121, applicable: 121, assessed: 0, score: 0 });
    expect(full.json.progress.cloudExtended.total).toBe(7);
    expect(full.json.progress.byClause.map((g: { clause: string }) => g.clause)).toContain('12');
  });

  it('updates a result with If-Match, refuses a stale write with the current state, and keeps the SoA rules', async () => {
    const a = await createAssessment();
    const full = await call(server, 'GET', `${base}/assessments/${a.id}`, { as: editor });
    const r = full.json.results.find((x: { controlId: string }) => x.controlId === '12.4.1');
    const ok = await call(server, 'PATCH', `${base}/results/${r.id}`, {
      as: editor,
      headers: { 'if-match': '"v1"' },
      body: { status: 'implemented', implementation: '# CloudTrail\nAll regions, **validated**.' },
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.headers.get('etag')).toBe('"v2"');
    const stale = await call(server, 'PATCH', `${base}/results/${r.id}`, {
      as: editor,
      headers: { 'if-match': '"v1"' },
      body: { status: 'planned' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('VERSION_CONFLICT');
    expect(stale.json.current).toMatchObject({ status: 'implemented', version: 2 });
    const noReason = await call(server, 'PATCH', `${base}/results/${r.id}`, {
      as: editor,
      headers: { 'if-match': '"v2"' },
      body: { applicable: false },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.json.detail).toContain('justification');
    const excluded = await call(server, 'PATCH', `${base}/results/${r.id}`, {
      as: editor,
      headers: { 'if-match': '"v2"' },
      body: { applicable: false, justification: 'No customer logging in scope' },
    });
    expect(excluded.json).toMatchObject({ applicable: false, status: 'not-applicable' });
  });

  it('applies a bulk update all or nothing', async () => {
    const a = await createAssessment();
    const { results } = (await call(server, 'GET', `${base}/assessments/${a.id}`, { as: editor })).json;
    const [x, y] = results as { id: string }[];
    const bad = await call(server, 'POST', `${base}/assessments/${a.id}/results/bulk`, {
      as: editor,
      body: {
        updates: [
          { id: x!.id, version: 1, status: 'implemented' },
          { id: y!.id, version: 7, status: 'implemented' },
        ],
      },
    });
    expect(bad.status).toBe(409);
    const after = (await call(server, 'GET', `${base}/results/${x!.id}`, { as: editor })).json;
    expect(after.status).toBe('not-assessed');
    const good = await call(server, 'POST', `${base}/assessments/${a.id}/results/bulk`, {
      as: editor,
      body: {
        updates: [
          { id: x!.id, version: 1, status: 'implemented' },
          { id: y!.id, version: 1, status: 'planned' },
        ],
      },
    });
    expect(good.status).toBe(200);
    const progress = (await call(server, 'GET', `${base}/assessments/${a.id}`, { as: editor })).json.progress
      .overall;
    expect(progress.assessed).toBe(2);
    expect(progress.byStatus.implemented).toBe(1);
  });

  it('keeps comments on a result and writes every change to the audit trail', async () => {
    const a = await createAssessment();
    const { results } = (await call(server, 'GET', `${base}/assessments/${a.id}`, { as: editor })).json;
    const comment = await call(server, 'POST', `${base}/results/${results[0].id}/comments`, {
      as: editor,
      body: { body: 'Evidence due Friday 🚀' },
    });
    expect(comment.status).toBe(201);
    const detail = (await call(server, 'GET', `${base}/results/${results[0].id}`, { as: editor })).json;
    expect(detail.comments[0].body).toBe('Evidence due Friday 🚀');
    const rows = await server.store.db
      .selectFrom('audit_events')
      .select('action')
      .where('org_id', '=', orgId)
      .execute();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['service.created', 'assessment.created', 'result.updated', 'comment.created']),
    );
  });

  it('rejects unknown fields, bad enums and wrong content types, listing every problem', async () => {
    const res = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: '', perspective: 'cloud', colour: 'blue' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['name', 'perspective', '(root)']),
    );
    const form = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.status).toBe(415);
    const broken = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    const big = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'x'.repeat(2 * 1024 * 1024), perspective: 'csp' },
    });
    expect(big.status).toBe(413);
    const nul = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'a\u0000b', perspective: 'csp' },
    });
    expect(nul.status).toBe(400);
    const fw = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'x', perspective: 'csp', framework: 'csa-ccm:4.0' },
    });
    expect(fw.status).toBe(400);
    expect(
      (await call(server, 'GET', `${base}/assessments`, { as: editor })).json.every(
        (a: { name: string }) => a.name !== 'x',
      ),
    ).toBe(true);
  });
});
