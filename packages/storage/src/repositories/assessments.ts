import type { Assessment, ControlResult } from '@nimbus/core';
import type { Insertable, Selectable } from 'kysely';
import { runCompiled } from '../compiled-query.js';
import type { Executor } from '../executor.js';
import { fromBool, toBool } from '../executor.js';
import { cachedRead } from '../read-cache.js';
import type { AssessmentsTable, ControlResultsTable } from '../schema.js';
import { updateAtVersion } from '../versioned.js';

const toAssessment = (r: Selectable<AssessmentsTable>): Assessment => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  framework: r.framework,
  perspective: r.perspective as Assessment['perspective'],
  scope: JSON.parse(r.scope) as string[],
  ownerId: r.owner_id,
  targetDate: r.target_date,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const assessmentRow = (a: Assessment): Insertable<AssessmentsTable> => ({
  id: a.id,
  org_id: a.orgId,
  name: a.name,
  framework: a.framework,
  perspective: a.perspective,
  scope: JSON.stringify(a.scope),
  owner_id: a.ownerId,
  target_date: a.targetDate,
  version: a.version,
  created_at: a.createdAt,
  updated_at: a.updatedAt,
});

export const toResult = (r: ControlResultsTable): ControlResult => ({
  id: r.id,
  orgId: r.org_id,
  assessmentId: r.assessment_id,
  controlId: r.control_id,
  position: r.position,
  applicable: toBool(r.applicable),
  justification: r.justification,
  status: r.status as ControlResult['status'],
  ownerId: r.owner_id,
  dueDate: r.due_date,
  implementation: r.implementation,
  version: r.version,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

const resultRow = (r: ControlResult): ControlResultsTable => ({
  id: r.id,
  org_id: r.orgId,
  assessment_id: r.assessmentId,
  control_id: r.controlId,
  position: r.position,
  applicable: fromBool(r.applicable),
  justification: r.justification,
  status: r.status,
  owner_id: r.ownerId,
  due_date: r.dueDate,
  implementation: r.implementation,
  version: r.version,
  updated_at: r.updatedAt,
  updated_by: r.updatedBy,
});

export const insertAssessment = async (db: Executor, a: Assessment, results: readonly ControlResult[]) => {
  await db.insertInto('assessments').values(assessmentRow(a)).execute();
  // Chunked so one statement stays under SQLite's bound-parameter limit.
  for (let i = 0; i < results.length; i += 50) {
    await db
      .insertInto('control_results')
      .values(results.slice(i, i + 50).map(resultRow))
      .execute();
  }
};

export const getAssessment = async (
  db: Executor,
  orgId: string,
  id: string,
): Promise<Assessment | undefined> => {
  const r = await db
    .selectFrom('assessments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toAssessment(r) : undefined;
};

/**
 * An assessment with its revision (see migration 0002): together with its version, the revision changes
 * whenever what a full read of the assessment returns changes, so it keys caches and ETags.
 */
export const getAssessmentWithRevision = async (
  db: Executor,
  orgId: string,
  id: string,
): Promise<{ assessment: Assessment; revision: number } | undefined> =>
  cachedRead(db, `assessmentHead\0${orgId}\0${id}`, async () => {
    const [r] = await runCompiled(db, 'getAssessmentWithRevision', [orgId, id], ([org, key]) =>
      db
        .selectFrom('assessments')
        .selectAll()
        .where('org_id', '=', org as string)
        .where('id', '=', key as string),
    );
    return r ? { assessment: toAssessment(r), revision: r.revision } : undefined;
  });

export const listAssessments = async (db: Executor, orgId: string): Promise<Assessment[]> =>
  (
    await db
      .selectFrom('assessments')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('created_at', 'desc')
      .execute()
  ).map(toAssessment);

export const updateAssessment = async (
  db: Executor,
  a: Assessment,
  expectedVersion: number,
): Promise<boolean> => {
  const { id, org_id, created_at: _c, framework: _f, ...rest } = assessmentRow(a);
  return updateAtVersion(db, 'assessments', { orgId: org_id, id, expectedVersion }, rest);
};

export const deleteAssessment = async (db: Executor, orgId: string, id: string): Promise<boolean> => {
  const r = await db
    .deleteFrom('assessments')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
};

export const listResults = async (
  db: Executor,
  orgId: string,
  assessmentId: string,
): Promise<ControlResult[]> =>
  (
    await db
      .selectFrom('control_results')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('assessment_id', '=', assessmentId)
      .orderBy('position')
      .execute()
  ).map(toResult);

export const getResult = async (
  db: Executor,
  orgId: string,
  id: string,
): Promise<ControlResult | undefined> => {
  const [r] = await runCompiled(db, 'getResult', [orgId, id], ([org, key]) =>
    db
      .selectFrom('control_results')
      .selectAll()
      .where('org_id', '=', org as string)
      .where('id', '=', key as string),
  );
  return r ? toResult(r) : undefined;
};

export const updateResult = async (
  db: Executor,
  r: ControlResult,
  expectedVersion: number,
): Promise<boolean> => {
  const { id, org_id, assessment_id: _a, control_id: _c, position: _p, ...rest } = resultRow(r);
  return updateAtVersion(db, 'control_results', { orgId: org_id, id, expectedVersion }, rest);
};
