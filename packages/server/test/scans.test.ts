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

const upload = (overrides: Record<string, unknown> = {}) => ({
  scannedAt: '2026-11-28T09:30:00Z',
  source: 'infra/ (acme/platform@4f2c1e9)',
  tool: { name: 'nimbus', version: '0.1.0' },
  framework: 'iso27017:2015',
  controls: [
    {
      controlId: 'CLD.9.5.2',
      counts: { pass: 14, fail: 2, unknown: 1, error: 0 },
      results: [
        {
          checkId: 'aws-ec2-imdsv2-required',
          status: 'fail',
          severity: 'high',
          resource: 'aws_instance.web',
          file: 'infra/main.tf',
          line: 12,
          message: 'metadata HTTP tokens are "optional": IMDSv1 is allowed',
        },
      ],
    },
    { controlId: 'CLD.12.4.5', counts: { pass: 3, fail: 0, unknown: 0, error: 0 }, results: [] },
    { controlId: 'Z.99.9', counts: { pass: 1, fail: 0, unknown: 0, error: 0 }, results: [] },
  ],
  ...overrides,
});

// `nimbus scan --upload` lands here: scan results become automated evidence on the control results they cover.
describe.each(testDatabases())('scan uploads on $name', (database) => {
  let server: TestServer;
  let editor: Caller;
  let viewer: Caller;
  let base: string;
  let assessmentId: string;
  const scans = () => `${base}/assessments/${assessmentId}/scans`;
  const resultOf = async (controlId: string) => {
    const res = await call(server, 'GET', `${base}/assessments/${assessmentId}`, { as: editor });
    return res.json.results.find((r: { control: { id: string } }) => r.control.id === controlId);
  };

  beforeAll(async () => {
    server = await startTestServer(await database.url());
    const org = await seedOrg(server.store, 'Acme Cloud Ltd');
    base = `/api/v1/orgs/${org.id}`;
    const e = await seedUser(server.store, 'Chen Li');
    await seedMember(server.store, org.id, e.id, 'editor');
    editor = await login(server, e.email);
    const v = await seedUser(server.store, 'Priya Raman');
    await seedMember(server.store, org.id, v.id, 'viewer');
    viewer = await login(server, v.email);
    const created = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'Acme CRM CSP assessment', perspective: 'csp' },
    });
    assessmentId = created.json.id;
  });
  afterAll(() => server.close());

  it('records one evidence item per covered control and names the controls it could not match', async () => {
    const res = await call(server, 'POST', scans(), { as: editor, body: upload() });
    expect(res.status, res.text).toBe(201);
    expect(res.json.unmatched).toEqual(['Z.99.9']);
    expect(res.json.evidence.map((e: { controlId: string }) => e.controlId)).toEqual([
      'CLD.9.5.2',
      'CLD.12.4.5',
    ]);
    const result = await resultOf('CLD.9.5.2');
    expect(result.evidenceCount).toBe(1);
    expect(result.latestAutomatedEvidence).toMatchObject({
      kind: 'scan',
      title: 'nimbus scan of infra/ (acme/platform@4f2c1e9): 2 failed, 14 passed, 1 unknown',
      collectedAt: '2026-11-28',
      contentType: 'application/json',
    });
  });

  it('keeps the control part of the scan as a downloadable JSON file', async () => {
    const evidence = (await resultOf('CLD.9.5.2')).latestAutomatedEvidence;
    const res = await call(server, 'GET', `${base}/evidence/${evidence.id}/download`, { as: editor });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('nimbus-scan-2026-11-28-CLD.9.5.2.json');
    expect(res.json).toMatchObject({
      controlId: 'CLD.9.5.2',
      source: 'infra/ (acme/platform@4f2c1e9)',
      counts: { fail: 2 },
      results: [{ checkId: 'aws-ec2-imdsv2-required', file: 'infra/main.tf', line: 12 }],
    });
  });

  it('shows the newest scan as the latest automated evidence', async () => {
    const later = upload({
      scannedAt: '2026-11-29T09:30:00Z',
      controls: [
        { controlId: 'CLD.9.5.2', counts: { pass: 17, fail: 0, unknown: 0, error: 0 }, results: [] },
      ],
    });
    expect((await call(server, 'POST', scans(), { as: editor, body: later })).status).toBe(201);
    const result = await resultOf('CLD.9.5.2');
    expect(result.evidenceCount).toBe(2);
    expect(result.latestAutomatedEvidence.title).toContain('0 failed, 17 passed');
  });

  it('writes one audit event with the counts per control', async () => {
    const rows = await server.store.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'scan.uploaded')
      .orderBy('seq')
      .execute();
    expect(rows).toHaveLength(2);
    const note = JSON.parse(rows[0]!.changes).note;
    expect(note.controls['CLD.9.5.2']).toEqual({ pass: 14, fail: 2, unknown: 1, error: 0 });
    expect(note).toMatchObject({ source: 'infra/ (acme/platform@4f2c1e9)', unmatched: ['Z.99.9'] });
  });

  it('rejects bad uploads with every problem listed and writes nothing', async () => {
    const before = (await resultOf('CLD.12.4.5')).evidenceCount;
    const bad = upload({ framework: 'iso27001:2022', extra: true, controls: [] });
    const res = await call(server, 'POST', scans(), { as: editor, body: bad });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('VALIDATION_FAILED');
    const paths = res.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['framework', 'controls']));
    const twice = upload();
    (twice.controls as unknown[]).push((twice.controls as unknown[])[1]);
    const duplicate = await call(server, 'POST', scans(), { as: editor, body: twice });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json.detail).toContain('CLD.12.4.5 is listed twice');
    const hostile = upload({ source: 'x'.repeat(301) });
    expect((await call(server, 'POST', scans(), { as: editor, body: hostile })).status).toBe(400);
    expect((await resultOf('CLD.12.4.5')).evidenceCount).toBe(before);
  });

  it("refuses a scan for an assessment of another framework, since its controls are not that framework's", async () => {
    // The upload schema only takes ISO/IEC 27017:2015 controls, but an assessment may follow any framework
    // that can be assessed: ISO/IEC 27002:2022 numbers its controls differently.
    const other = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'Acme ISMS 2022', framework: 'iso27002:2022', perspective: 'csp' },
    });
    expect(other.status, other.text).toBe(201);
    const res = await call(server, 'POST', `${base}/assessments/${other.json.id}/scans`, {
      as: editor,
      body: upload(),
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('VALIDATION_FAILED');
    expect(res.json.detail).toBe(
      'framework: the assessment follows iso27002:2022, the scan reports iso27017:2015 controls',
    );
    const detail = await call(server, 'GET', `${base}/assessments/${other.json.id}`, { as: editor });
    expect(detail.json.results.every((r: { evidenceCount: number }) => r.evidenceCount === 0)).toBe(true);
  });

  it('is for writers of this organization only', async () => {
    expect((await call(server, 'POST', scans(), { as: viewer, body: upload() })).status).toBe(403);
    const other = await call(
      server,
      'POST',
      `${base}/assessments/00000000-0000-4000-8000-000000000000/scans`,
      {
        as: editor,
        body: upload(),
      },
    );
    expect(other.status).toBe(404);
  });

  it('lets a write token upload and tells it which organization it acts in', async () => {
    const created = await call(server, 'POST', `${base}/tokens`, {
      as: editor,
      body: { name: 'CI scanner', scope: 'write' },
    });
    expect(created.status, created.text).toBe(201);
    const auth = { authorization: `Bearer ${created.json.token}` };
    const session = await call(server, 'GET', '/api/v1/auth/session', { headers: auth });
    expect(session.json.token).toMatchObject({ orgId: base.split('/')[4], scope: 'write' });
    const res = await call(server, 'POST', scans(), { headers: auth, body: upload() });
    expect(res.status, res.text).toBe(201);
  });
});
