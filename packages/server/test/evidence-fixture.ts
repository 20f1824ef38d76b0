import { createHash } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { TestDatabase } from '../../../test/databases.js';
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
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
export const dayOffset = (days: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export interface EvidenceJson {
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
export interface ResultJson {
  id: string;
  controlId: string;
  evidenceCount: number;
}
export type Part = string | string[] | File;

/**
 * One server with two organizations (Acme: an editor and a viewer; Globex: another editor) and an assessment in
 * each, shared by the evidence test files. Read the fields inside tests: they are set in beforeAll.
 */
export const useEvidenceFixture = (database: TestDatabase) => {
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

  return {
    get server() {
      return server;
    },
    get editor() {
      return editor;
    },
    get viewer() {
      return viewer;
    },
    get other() {
      return other;
    },
    get orgId() {
      return orgId;
    },
    get base() {
      return base;
    },
    get otherBase() {
      return otherBase;
    },
    get results() {
      return results;
    },
    get otherResultId() {
      return otherResultId;
    },
    upload,
    file,
    evidenceCount,
    auditActions,
    createLink,
    result,
  };
};
