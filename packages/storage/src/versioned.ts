import type { UpdateObject } from 'kysely';
import type { Executor } from './executor.js';
import type { Database } from './schema.js';

/** Tables of tenant objects that carry a version for optimistic concurrency. */
export type VersionedTable = 'cloud_services' | 'assessments' | 'control_results' | 'evidence';

/**
 * Writes `set` to one row of the organization only if its stored version is still `expectedVersion`; returns
 * whether it did. The caller decides what a miss means (409 with the current state).
 */
export const updateAtVersion = async <T extends VersionedTable>(
  db: Executor,
  table: T,
  key: { orgId: string; id: string; expectedVersion: number },
  set: UpdateObject<Database, T>,
): Promise<boolean> => {
  // Kysely cannot narrow column names over a union of tables; every table in VersionedTable has these three.
  const r = await (db as Executor)
    .updateTable(table as 'cloud_services')
    .set(set as UpdateObject<Database, 'cloud_services'>)
    .where('org_id', '=', key.orgId)
    .where('id', '=', key.id)
    .where('version', '=', key.expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
};
