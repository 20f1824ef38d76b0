import { randomUUID } from 'node:crypto';
import { insertEvidence, linkEvidence } from '@nimbus/storage';
import ExcelJS from 'exceljs';
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

interface Row {
  control: string;
  title: string;
  group: string;
  sources: string[];
  applicable: boolean | null;
  justification: string;
  status: string;
  implementation: string;
  evidence: string[];
}

const EXCLUSION = 'No administrator accounts outside the managed service';

/** A small RFC 4180 parser: quoted cells may hold commas, doubled quotes and line breaks. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) throw new Error('the CSV does not end with CRLF');
  return rows;
};

describe.each(testDatabases())('Statement of Applicability on $name', (database) => {
  let server: TestServer;
  let editor: Caller;
  let viewer: Caller;
  let auditor: Caller;
  let orgId: string;
  let base: string;
  let assessmentId: string;
  let otherAssessment: string;

  /** Sets a result through the API, with the If-Match of the version it read. */
  const setResult = async (results: { id: string; controlId: string }[], control: string, body: object) => {
    const r = results.find((x) => x.controlId === control)!;
    const res = await call(server, 'PATCH', `${base}/results/${r.id}`, {
      as: editor,
      headers: { 'if-match': '"v1"' },
      body,
    });
    expect(res.status, res.text).toBe(200);
    return r.id;
  };

  const soa = (query: string, as: Caller = editor, id = assessmentId) =>
    call(server, 'GET', `${base}/assessments/${id}/soa${query}`, { as });

  beforeAll(async () => {
    server = await startTestServer(await database.url());
    const org = await seedOrg(server.store, 'Acme Cloud Ltd');
    orgId = org.id;
    base = `/api/v1/orgs/${orgId}`;
    const people: Record<string, Caller> = {};
    for (const [name, role] of [
      ['Chen Li', 'editor'],
      ['Vera Viewer', 'viewer'],
      ['Aud Itor', 'auditor'],
    ] as const) {
      const user = await seedUser(server.store, name);
      await seedMember(server.store, orgId, user.id, role);
      people[role] = await login(server, user.email);
    }
    editor = people.editor!;
    viewer = people.viewer!;
    auditor = people.auditor!;

    const created = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'Acme CRM: CSP assessment 2025', perspective: 'csp' },
    });
    expect(created.status, created.text).toBe(201);
    assessmentId = created.json.id;
    const { results } = (await call(server, 'GET', `${base}/assessments/${assessmentId}`, { as: editor }))
      .json as { results: { id: string; controlId: string }[] };
    const logging = await setResult(results, '12.4.1', {
      status: 'implemented',
      implementation: 'CloudTrail in every region, "validated", with log file integrity',
    });
    await setResult(results, '12.4.2', { status: 'partially-implemented' });
    await setResult(results, '12.4.3', { applicable: false, justification: EXCLUSION });
    await setResult(results, '8.1.1', { status: 'implemented', implementation: '=asset inventory' });

    const link = await call(server, 'POST', `${base}/evidence/links`, {
      as: editor,
      body: { title: 'CloudTrail settings', url: 'https://example.com/trail', resultIds: [logging] },
    });
    if (link.status === 404) {
      // The evidence routes are not there yet: store the same evidence directly.
      const evidenceId = randomUUID();
      await insertEvidence(server.store.db, {
        id: evidenceId,
        orgId,
        kind: 'link',
        title: 'CloudTrail settings',
        sha256: null,
        size: null,
        contentType: null,
        filename: null,
        url: 'https://example.com/trail',
        collectedAt: null,
        validUntil: null,
        ownerId: null,
        createdAt: new Date().toISOString(),
        createdBy: editor.userId,
        version: 1,
      });
      await linkEvidence(server.store.db, orgId, evidenceId, logging);
    } else expect(link.status, link.text).toBe(201);

    const other = await seedOrg(server.store, 'Other Org');
    const otherUser = await seedUser(server.store, 'Olga Other');
    await seedMember(server.store, other.id, otherUser.id, 'editor');
    const otherRes = await call(server, 'POST', `/api/v1/orgs/${other.id}/assessments`, {
      as: await login(server, otherUser.email),
      body: { name: 'Other', perspective: 'csc' },
    });
    expect(otherRes.status).toBe(201);
    otherAssessment = otherRes.json.id;
  });
  afterAll(() => server.close());

  it('lists every control in 2015 numbering, in catalog order, with exclusions and evidence', async () => {
    const res = await soa('');
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      assessment: {
        id: assessmentId,
        name: 'Acme CRM: CSP assessment 2025',
        framework: 'iso27017:2015',
        perspective: 'csp',
      },
      numbering: '2015',
    });
    expect(Number.isNaN(Date.parse(res.json.generatedAt))).toBe(false);
    const rows = res.json.rows as Row[];
    expect(rows).toHaveLength(121);
    expect(rows.map((r) => r.control)).toEqual(
      server.deps.catalog.framework('iso27017:2015').controls.map((c) => c.id),
    );
    expect(rows.map((r) => r.control)).toContain('CLD.6.3.1');
    expect(rows.find((r) => r.control === '12.4.3')).toMatchObject({
      applicable: false,
      status: 'not-applicable',
      justification: EXCLUSION,
    });
    expect(rows.find((r) => r.control === '12.4.1')).toMatchObject({
      applicable: true,
      status: 'implemented',
      evidence: ['CloudTrail settings'],
    });
  });

  it('merges the results into ISO/IEC 27001:2022 Annex A numbering, cloud controls last', async () => {
    const res = await soa('?numbering=2022');
    expect(res.status, res.text).toBe(200);
    const rows = res.json.rows as Row[];
    expect(rows).toHaveLength(93 + 7);
    expect(rows.slice(-7).map((r) => r.control)).toEqual(
      server.deps.catalog
        .framework('iso27017:2015')
        .controls.filter((c) => c.kind === 'cloud-extended')
        .map((c) => c.id),
    );
    expect(rows.slice(0, 93).some((r) => r.control.startsWith('CLD.'))).toBe(false);
    expect(rows.find((r) => r.control === '8.15')).toMatchObject({
      sources: ['12.4.1', '12.4.2', '12.4.3'],
      applicable: true,
      status: 'partially-implemented',
      justification: `12.4.3: ${EXCLUSION}`,
      evidence: ['CloudTrail settings'],
    });
    const threat = rows.find((r) => r.control === '5.7')!;
    expect(threat.sources).toEqual([]);
    expect(threat.justification).toMatch(/^New in ISO\/IEC 27002:2022/);
  });

  it('exports CSV with the header row and one line per control', async () => {
    const res = await soa('?format=csv');
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="soa-acme-crm-csp-assessment-2025-2015.csv"',
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const rows = parseCsv(res.text);
    expect(rows).toHaveLength(122);
    expect(rows[0]).toEqual([
      'Clause',
      'Control',
      'Title',
      'Applicable',
      'Justification',
      'Implementation status',
      'Implementation',
      'Evidence',
    ]);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    const byControl = new Map(rows.map((r) => [r[1], r]));
    expect(byControl.get('12.4.1')?.[6]).toBe(
      'CloudTrail in every region, "validated", with log file integrity',
    );
    expect(byControl.get('12.4.3')?.slice(3, 6)).toEqual(['No', EXCLUSION, 'not-applicable']);
    // A cell that a spreadsheet would run as a formula is defused.
    expect(byControl.get('8.1.1')?.[6]).toBe("'=asset inventory");
  });

  it('exports XLSX that a spreadsheet opens with a styled, frozen, filtered sheet and an About sheet', async () => {
    const res = await server.nimbus.app.request(
      `${base}/assessments/${assessmentId}/soa?numbering=2022&format=xlsx`,
      { headers: editor.headers },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="soa-acme-crm-csp-assessment-2025-2022.xlsx"',
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(101);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('D1').value).toBe('Assessed as (2015 controls)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const logging = sheet.getColumn(2).values.indexOf('8.15');
    expect(sheet.getRow(logging).getCell(4).value).toBe('12.4.1, 12.4.2, 12.4.3');
    const about = wb.getWorksheet('About')!;
    expect(about).toBeDefined();
    const facts = new Map<string, string>();
    about.eachRow((row) => {
      facts.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(facts.get('Organization')).toBe('Acme Cloud Ltd');
    expect(facts.get('Assessment')).toBe('Acme CRM: CSP assessment 2025');
    expect(facts.get('Framework')).toContain('iso27017:2015');
    expect(facts.get('Numbering')).toContain('2022');
    expect(facts.get('Generated by')).toBe(editor.email);
    expect(Number.isNaN(Date.parse(facts.get('Generated at') ?? ''))).toBe(false);
    expect([...facts.values()]).toContain('Nimbus');
  });

  it('lets viewers and auditors export, and audits every file export', async () => {
    expect((await soa('?format=csv', viewer)).status).toBe(200);
    expect((await soa('?numbering=2022&format=xlsx', auditor)).status).toBe(200);
    expect((await soa('?numbering=2022', auditor)).status).toBe(200);
    const audit = await call(server, 'GET', `${base}/audit?action=soa.exported&targetId=${assessmentId}`, {
      as: auditor,
    });
    expect(audit.status, audit.text).toBe(200);
    const events = audit.json.events as { action: string; actorId: string; changes: { note?: object } }[];
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((e) => e.action === 'soa.exported')).toBe(true);
    expect(events.find((e) => e.actorId === viewer.userId)?.changes.note).toEqual({
      numbering: '2015',
      format: 'csv',
    });
    expect(events.filter((e) => e.actorId === auditor.userId).map((e) => e.changes.note)).toEqual([
      { numbering: '2022', format: 'xlsx' },
    ]);
  });

  it('rejects bad query values and unknown parameters, listing each problem', async () => {
    const bad = await soa('?numbering=2013&format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.json.code).toBe('VALIDATION_FAILED');
    expect(bad.json.errors.map((e: { in: string; path: string }) => `${e.in}.${e.path}`)).toEqual(
      expect.arrayContaining(['query.numbering', 'query.format']),
    );
    const unknown = await soa('?numbering=2022&colour=blue');
    expect(unknown.status).toBe(400);
    expect(unknown.json.detail).toContain('colour');
  });

  it('refuses 2022 numbering for a framework without a published crosswalk', async () => {
    const created = await call(server, 'POST', `${base}/assessments`, {
      as: editor,
      body: { name: 'Privacy', perspective: 'csp', framework: 'iso27018:2019' },
    });
    expect(created.status, created.text).toBe(201);
    const res = await soa('?numbering=2022', editor, created.json.id);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('EXPORT_FORMAT_UNSUPPORTED');
    expect((await soa('', editor, created.json.id)).json.rows).toHaveLength(25);
  });

  it('answers 404 for an assessment of another organization, and audits nothing for it', async () => {
    const res = await soa('?format=csv', editor, otherAssessment);
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('NOT_FOUND');
    const missing = await soa('', editor, randomUUID());
    expect(missing.status).toBe(404);
    const events = await server.store.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', otherAssessment)
      .where('action', '=', 'soa.exported')
      .execute();
    expect(events).toHaveLength(0);
  });
});
