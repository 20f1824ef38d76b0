import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { DEMO_SCAN_UPLOAD } from '../src/demo/demo-scan-upload.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { type Caller, call, login, startTestServer, type TestServer } from './harness.js';

const DEMO_PASSWORD = 'demo password for the scan test';
const NOW = new Date('2026-12-01T10:00:00Z');

interface ResultRow {
  control: { id: string };
  evidenceCount: number;
  latestAutomatedEvidence: {
    id: string;
    kind: string;
    title: string;
    sha256: string;
    filename: string;
    collectedAt: string;
    contentType: string;
  } | null;
}

/** The committed upload body (scripts/demo-scan.mjs) that the seed stores. */
const DEMO_SCAN = DEMO_SCAN_UPLOAD;
const partOf = (controlId: string) => DEMO_SCAN.controls.find((p) => p.controlId === controlId)!;

// `nimbus serve --demo` gives Acme's CSP assessment the scan of examples/acme-platform as automated evidence.
describe.each(testDatabases())('the demo scan on $name', (database) => {
  let server: TestServer;
  let alice: Caller;
  let base: string;
  let assessmentId: string;
  const resultsOf = async (id: string): Promise<ResultRow[]> =>
    (await call(server, 'GET', `${base}/assessments/${id}`, { as: alice })).json.results;

  beforeAll(async () => {
    server = await startTestServer(await database.url());
    server.setNow(NOW);
    const demo = await seedDemo(server.deps, DEMO_PASSWORD);
    base = `/api/v1/orgs/${demo.orgs.acme}`;
    alice = await login(server, 'alice@acme.example', DEMO_PASSWORD);
    const list = await call(server, 'GET', `${base}/assessments`, { as: alice });
    assessmentId = list.json[0].id;
  });
  afterAll(() => server.close());

  it('shows the scan, with its failures, as the latest automated evidence of CLD.9.5.2', async () => {
    const part = partOf('CLD.9.5.2');
    expect(part.counts.fail).toBeGreaterThan(0);
    const hardening = (await resultsOf(assessmentId)).find((r) => r.control.id === 'CLD.9.5.2')!;
    expect(hardening.latestAutomatedEvidence).toMatchObject({
      kind: 'scan',
      title: `nimbus scan of examples/acme-platform (acme/platform@4f2c1e9): ${part.counts.fail} failed, ${part.counts.pass} passed`,
      collectedAt: '2026-11-28',
      filename: 'nimbus-scan-2026-11-28-CLD.9.5.2.json',
      contentType: 'application/json',
    });
    const file = await call(
      server,
      'GET',
      `${base}/evidence/${hardening.latestAutomatedEvidence!.id}/download`,
      { as: alice },
    );
    expect(file.status).toBe(200);
    expect(file.json).toMatchObject({
      scannedAt: '2026-11-28T06:00:00Z',
      source: DEMO_SCAN.source,
      controlId: 'CLD.9.5.2',
      counts: part.counts,
    });
    expect(file.json.results).toContainEqual(
      expect.objectContaining({
        checkId: 'aws-ec2-imdsv2-required',
        file: 'examples/acme-platform/terraform/batch.tf',
        resource: 'aws_instance.report_export',
      }),
    );
  });

  it('gives every covered control one scan item and records one scan.uploaded audit event', async () => {
    const results = await resultsOf(assessmentId);
    const covered = results.filter((r) => r.latestAutomatedEvidence !== null).map((r) => r.control.id);
    expect(covered.sort()).toEqual(DEMO_SCAN.controls.map((p) => p.controlId).sort());
    const rows = await server.store.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'scan.uploaded')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actor_label).toBe('bram@acme.example');
    expect(rows[0]!.target_id).toBe(assessmentId);
    const note = JSON.parse(rows[0]!.changes).note;
    expect(note.controls['CLD.9.5.2']).toEqual(partOf('CLD.9.5.2').counts);
    expect(note.evidenceIds).toHaveLength(DEMO_SCAN.controls.length);
    expect(note.unmatched).toBeUndefined();
  });

  it('stores the scan exactly as the scans route stores the same upload', async () => {
    const created = await call(server, 'POST', `${base}/assessments`, {
      as: alice,
      body: { name: 'Route comparison', perspective: 'csp' },
    });
    expect(created.status, created.text).toBe(201);
    const body = { ...DEMO_SCAN, scannedAt: '2026-11-28T06:00:00Z' };
    const res = await call(server, 'POST', `${base}/assessments/${created.json.id}/scans`, {
      as: alice,
      body,
    });
    expect(res.status, res.text).toBe(201);
    const pick = (rows: ResultRow[]) =>
      rows
        .filter((r) => r.latestAutomatedEvidence)
        .map((r) => {
          const { kind, title, sha256, filename, collectedAt, contentType } = r.latestAutomatedEvidence!;
          return { control: r.control.id, kind, title, sha256, filename, collectedAt, contentType };
        });
    const seeded = pick(await resultsOf(assessmentId));
    expect(seeded).toHaveLength(DEMO_SCAN.controls.length);
    expect(pick(await resultsOf(created.json.id))).toEqual(seeded);
  });
});
