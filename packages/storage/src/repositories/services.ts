import type { CloudService } from '@nimbus/core';
import type { Executor } from '../executor.js';
import type { CloudServicesTable } from '../schema.js';
import { updateAtVersion } from '../versioned.js';

const toService = (r: CloudServicesTable): CloudService => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  role: r.role as CloudService['role'],
  serviceModel: r.service_model as CloudService['serviceModel'],
  provider: r.provider,
  criticality: r.criticality as CloudService['criticality'],
  dataClassification: r.data_classification as CloudService['dataClassification'],
  description: r.description,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (s: CloudService): CloudServicesTable => ({
  id: s.id,
  org_id: s.orgId,
  name: s.name,
  role: s.role,
  service_model: s.serviceModel,
  provider: s.provider,
  criticality: s.criticality,
  data_classification: s.dataClassification,
  description: s.description,
  version: s.version,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});

export const insertService = async (db: Executor, s: CloudService): Promise<CloudService> => {
  await db.insertInto('cloud_services').values(toRow(s)).execute();
  return s;
};

export const getService = async (
  db: Executor,
  orgId: string,
  id: string,
): Promise<CloudService | undefined> => {
  const r = await db
    .selectFrom('cloud_services')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toService(r) : undefined;
};

export const listServices = async (db: Executor, orgId: string): Promise<CloudService[]> =>
  (
    await db.selectFrom('cloud_services').selectAll().where('org_id', '=', orgId).orderBy('name').execute()
  ).map(toService);

/** Writes the new state only if the stored version is still `expectedVersion`; returns whether it did. */
export const updateService = async (
  db: Executor,
  s: CloudService,
  expectedVersion: number,
): Promise<boolean> => {
  const { id, org_id, created_at: _c, ...rest } = toRow(s);
  return updateAtVersion(db, 'cloud_services', { orgId: org_id, id, expectedVersion }, rest);
};

export const deleteService = async (db: Executor, orgId: string, id: string): Promise<boolean> => {
  const r = await db
    .deleteFrom('cloud_services')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
};
