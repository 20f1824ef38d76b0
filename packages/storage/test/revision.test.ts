import { randomUUID } from 'node:crypto';
import type { Assessment, ControlResult, Evidence } from '@nimbus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { runCompiled } from '../src/compiled-query.js';
import {
  connect,
  deleteEvidence,
  getAssessmentWithRevision,
  insertAssessment,
  insertEvidence,
  insertOrganization,
  linkEvidence,
  listResults,
  migrate,
  type NimbusDb,
  unlinkEvidence,
  updateAssessment,
  updateEvidence,
  updateResult,
} from '../src/index.js';

const NOW = '2026-11-28T10:00:00.000Z';

const assessment = (orgId: string): { a: Assessment; results: ControlResult[] } => {
  const id = randomUUID();
  return {
    a: {
      id,
      orgId,
      name: 'CSP 2026',
      framework: 'iso27017:2015',
      perspective: 'csp',
      scope: [],
      ownerId: null,
      targetDate: null,
      version: 1,
      createdAt: NOW,
      updatedAt: NOW,
    },
    results: ['CLD.9.5.1', 'CLD.9.5.2'].map((controlId, position) => ({
      id: randomUUID(),
      orgId,
      assessmentId: id,
      controlId,
      position,
      applicable: true,
      justification: '',
      status: 'not-assessed',
      ownerId: null,
      dueDate: null,
      implementation: '',
      version: 1,
      updatedAt: NOW,
      updatedBy: null,
    })),
  };
};

const evidence = (orgId: string): Evidence => ({
  id: randomUUID(),
  orgId,
  kind: 'link',
  title: 'Hardening baseline',
  sha256: null,
  size: null,
  contentType: null,
  filename: null,
  url: 'https://wiki.example.com/baseline',
  collectedAt: null,
  validUntil: null,
  ownerId: null,
  createdAt: NOW,
  createdBy: null,
  version: 1,
});

// The revision (migration 0002) keys the server's response cache and ETags: every change to what a full read
// of an assessment returns must bump it, on both databases, and nothing else may.
describe.each(testDatabases())('assessment revision on $name', (database) => {
  let nimbus: NimbusDb;
  const orgId = randomUUID();
  let one: ReturnType<typeof assessment>;
  let other: ReturnType<typeof assessment>;
  const revision = async (a: Assessment) =>
    (await getAssessmentWithRevision(nimbus.db, orgId, a.id))?.revision ?? Number.NaN;

  beforeAll(async () => {
    nimbus = connect({ url: await database.url() });
    await migrate(nimbus.db);
    await insertOrganization(nimbus.db, { id: orgId, name: 'Acme Cloud Ltd', createdAt: NOW });
    one = assessment(orgId);
    other = assessment(orgId);
    await insertAssessment(nimbus.db, one.a, one.results);
    await insertAssessment(nimbus.db, other.a, other.results);
  });
  afterAll(() => nimbus.close());

  it('starts at 0 and is bumped by a result update, which still reports one row written', async () => {
    expect(await revision(one.a)).toBe(0);
    const [first] = await listResults(nimbus.db, orgId, one.a.id);
    expect(await updateResult(nimbus.db, { ...first!, status: 'implemented', version: 2 }, 1)).toBe(true);
    expect(await revision(one.a)).toBe(1);
    expect(await revision(other.a)).toBe(0);
  });

  it('is bumped by linking and unlinking evidence, and by editing or deleting linked evidence', async () => {
    const e = await insertEvidence(nimbus.db, evidence(orgId));
    const start = await revision(one.a);
    await linkEvidence(nimbus.db, orgId, e.id, one.results[1]!.id);
    expect(await revision(one.a)).toBe(start + 1);
    await updateEvidence(nimbus.db, { ...e, title: 'Baseline v2', version: 2 }, 1);
    expect(await revision(one.a)).toBe(start + 2);
    expect(await unlinkEvidence(nimbus.db, orgId, e.id, one.results[1]!.id)).toBe(true);
    expect(await revision(one.a)).toBe(start + 3);
    await linkEvidence(nimbus.db, orgId, e.id, one.results[0]!.id);
    await linkEvidence(nimbus.db, orgId, e.id, other.results[0]!.id);
    const [r1, r2] = [await revision(one.a), await revision(other.a)];
    expect(await deleteEvidence(nimbus.db, orgId, e.id)).toBe(true);
    expect(await revision(one.a)).toBeGreaterThan(r1);
    expect(await revision(other.a)).toBeGreaterThan(r2);
  });

  it("is not bumped by evidence that no result links, nor by the assessment's own fields (its version is)", async () => {
    const e = await insertEvidence(nimbus.db, evidence(orgId));
    const start = await revision(one.a);
    await updateEvidence(nimbus.db, { ...e, title: 'Unlinked', version: 2 }, 1);
    expect(await updateAssessment(nimbus.db, { ...one.a, name: 'Renamed', version: 2 }, 1)).toBe(true);
    const after = await getAssessmentWithRevision(nimbus.db, orgId, one.a.id);
    expect(after).toMatchObject({ revision: start, assessment: { name: 'Renamed', version: 2 } });
  });

  it('is read only within the organization', async () => {
    expect(await getAssessmentWithRevision(nimbus.db, randomUUID(), one.a.id)).toBeUndefined();
  });
});

describe.each(testDatabases())('compiled queries on $name', (database) => {
  let nimbus: NimbusDb;
  beforeAll(async () => {
    nimbus = connect({ url: await database.url() });
    await migrate(nimbus.db);
  });
  afterAll(() => nimbus.close());

  it('compiles once and runs again with new parameters', async () => {
    const ids = [randomUUID(), randomUUID()];
    for (const id of ids)
      await insertOrganization(nimbus.db, { id, name: `Org ${id.slice(0, 4)}`, createdAt: NOW });
    const byId = (id: string) =>
      runCompiled(nimbus.db, 'test:org-by-id', [id], ([key]) =>
        nimbus.db
          .selectFrom('organizations')
          .select(['id', 'name'])
          .where('id', '=', key as string),
      );
    expect((await byId(ids[0]!))[0]?.id).toBe(ids[0]);
    expect((await byId(ids[1]!))[0]?.id).toBe(ids[1]);
    expect(await byId('missing')).toEqual([]);
  });

  it('refuses a query whose parameters are not exactly the given ones, in order', async () => {
    await expect(
      runCompiled(nimbus.db, 'test:swapped', ['a', 'b'], ([x, y]) =>
        nimbus.db
          .selectFrom('organizations')
          .select('id')
          .where('id', '=', y as string)
          .where('name', '=', x as string),
      ),
    ).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(
      runCompiled(nimbus.db, 'test:literal', ['a'], ([x]) =>
        nimbus.db
          .selectFrom('organizations')
          .select('id')
          .where('id', '=', x as string)
          .where('name', '=', 'b'),
      ),
    ).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
