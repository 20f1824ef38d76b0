import type { Evidence } from '@nimbus/core';
import type { Executor } from '../executor.js';
import type { EvidenceTable } from '../schema.js';
import { updateAtVersion } from '../versioned.js';

const toEvidence = (r: EvidenceTable): Evidence => ({
  id: r.id,
  orgId: r.org_id,
  kind: r.kind as Evidence['kind'],
  title: r.title,
  sha256: r.sha256,
  size: r.size === null ? null : Number(r.size),
  contentType: r.content_type,
  filename: r.filename,
  url: r.url,
  collectedAt: r.collected_at,
  validUntil: r.valid_until,
  ownerId: r.owner_id,
  createdAt: r.created_at,
  createdBy: r.created_by,
  version: r.version,
});

const toRow = (e: Evidence): EvidenceTable => ({
  id: e.id,
  org_id: e.orgId,
  kind: e.kind,
  title: e.title,
  sha256: e.sha256,
  size: e.size,
  content_type: e.contentType,
  filename: e.filename,
  url: e.url,
  collected_at: e.collectedAt,
  valid_until: e.validUntil,
  owner_id: e.ownerId,
  created_at: e.createdAt,
  created_by: e.createdBy,
  version: e.version,
});

export const insertEvidence = async (db: Executor, e: Evidence): Promise<Evidence> => {
  await db.insertInto('evidence').values(toRow(e)).execute();
  return e;
};

export const getEvidence = async (db: Executor, orgId: string, id: string): Promise<Evidence | undefined> => {
  const r = await db
    .selectFrom('evidence')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toEvidence(r) : undefined;
};

export const listEvidence = async (db: Executor, orgId: string): Promise<Evidence[]> =>
  (
    await db
      .selectFrom('evidence')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('created_at', 'desc')
      .execute()
  ).map(toEvidence);

/** Every evidence item with stored bytes (files and scans) across all organizations, for `nimbus evidence verify`. */
export const listAllFileEvidence = async (db: Executor) =>
  (await db.selectFrom('evidence').selectAll().where('sha256', 'is not', null).execute()).map(toEvidence);

export const updateEvidence = async (
  db: Executor,
  e: Evidence,
  expectedVersion: number,
): Promise<boolean> => {
  const {
    id,
    org_id,
    created_at: _c,
    created_by: _b,
    kind: _k,
    sha256: _s,
    size: _z,
    content_type: _t,
    ...rest
  } = toRow(e);
  return updateAtVersion(db, 'evidence', { orgId: org_id, id, expectedVersion }, rest);
};

export const deleteEvidence = async (db: Executor, orgId: string, id: string): Promise<boolean> => {
  const r = await db
    .deleteFrom('evidence')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
};

export const linkEvidence = async (db: Executor, orgId: string, evidenceId: string, resultId: string) => {
  await db
    .insertInto('evidence_links')
    .values({ org_id: orgId, evidence_id: evidenceId, control_result_id: resultId })
    .onConflict((oc) => oc.columns(['evidence_id', 'control_result_id']).doNothing())
    .execute();
};

export const unlinkEvidence = async (db: Executor, orgId: string, evidenceId: string, resultId: string) => {
  const r = await db
    .deleteFrom('evidence_links')
    .where('org_id', '=', orgId)
    .where('evidence_id', '=', evidenceId)
    .where('control_result_id', '=', resultId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
};

/** Evidence linked to each result of an assessment: result id -> evidence. */
export const evidenceByResult = async (db: Executor, orgId: string, assessmentId: string) => {
  const rows = await db
    .selectFrom('evidence_links')
    .innerJoin('evidence', 'evidence.id', 'evidence_links.evidence_id')
    .innerJoin('control_results', 'control_results.id', 'evidence_links.control_result_id')
    .selectAll('evidence')
    .select('evidence_links.control_result_id as result_id')
    .where('evidence_links.org_id', '=', orgId)
    .where('control_results.assessment_id', '=', assessmentId)
    .execute();
  const map = new Map<string, Evidence[]>();
  for (const r of rows) map.set(r.result_id, [...(map.get(r.result_id) ?? []), toEvidence(r)]);
  return map;
};

export const linksOfEvidence = async (db: Executor, orgId: string, evidenceId: string): Promise<string[]> =>
  (
    await db
      .selectFrom('evidence_links')
      .select('control_result_id')
      .where('org_id', '=', orgId)
      .where('evidence_id', '=', evidenceId)
      .execute()
  ).map((r) => r.control_result_id);

/** Filters for an organization's evidence list; dates are YYYY-MM-DD and compared as text. */
export interface EvidenceFilter {
  /** Evidence linked to any result of this control. */
  readonly controlId?: string;
  readonly ownerId?: string;
  readonly kind?: Evidence['kind'];
  /** valid_until on or after this date. */
  readonly validFrom?: string;
  /** valid_until on or before this date. */
  readonly validTo?: string;
  /** valid_until strictly before this date. */
  readonly validBefore?: string;
  /** valid_until absent, or on or after this date (not expired). */
  readonly notExpiredOn?: string;
}

export const listEvidenceFiltered = async (
  db: Executor,
  orgId: string,
  filter: EvidenceFilter,
): Promise<Evidence[]> => {
  let q = db.selectFrom('evidence').selectAll().where('org_id', '=', orgId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.ownerId) q = q.where('owner_id', '=', filter.ownerId);
  if (filter.validFrom) q = q.where('valid_until', '>=', filter.validFrom);
  if (filter.validTo) q = q.where('valid_until', '<=', filter.validTo);
  if (filter.validBefore) q = q.where('valid_until', '<', filter.validBefore);
  if (filter.notExpiredOn) {
    const on = filter.notExpiredOn;
    q = q.where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', on)]));
  }
  if (filter.controlId) {
    const controlId = filter.controlId;
    q = q.where((eb) =>
      eb(
        'id',
        'in',
        eb
          .selectFrom('evidence_links')
          .innerJoin('control_results', 'control_results.id', 'evidence_links.control_result_id')
          .select('evidence_links.evidence_id')
          .where('evidence_links.org_id', '=', orgId)
          .where('control_results.org_id', '=', orgId)
          .where('control_results.control_id', '=', controlId),
      ),
    );
  }
  return (await q.orderBy('created_at', 'desc').orderBy('id').execute()).map(toEvidence);
};

/** One link from evidence to a control result, with the result's control and assessment. */
export interface EvidenceLink {
  readonly evidenceId: string;
  readonly resultId: string;
  readonly controlId: string;
  readonly assessmentId: string;
}

/** The links of the given evidence (queried in chunks, so any number of ids is fine). */
export const evidenceLinks = async (
  db: Executor,
  orgId: string,
  evidenceIds: readonly string[],
): Promise<EvidenceLink[]> => {
  const out: EvidenceLink[] = [];
  const ids = [...new Set(evidenceIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('evidence_links')
      .innerJoin('control_results', 'control_results.id', 'evidence_links.control_result_id')
      .select([
        'evidence_links.evidence_id',
        'evidence_links.control_result_id',
        'control_results.control_id',
        'control_results.assessment_id',
      ])
      .where('evidence_links.org_id', '=', orgId)
      .where('evidence_links.evidence_id', 'in', ids.slice(i, i + 500))
      .orderBy('control_results.assessment_id')
      .orderBy('control_results.position')
      .execute();
    for (const r of rows) {
      out.push({
        evidenceId: r.evidence_id,
        resultId: r.control_result_id,
        controlId: r.control_id,
        assessmentId: r.assessment_id,
      });
    }
  }
  return out;
};
