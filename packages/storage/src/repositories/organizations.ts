import type { Membership, MemberView, Organization, Role } from '@nimbus/core';
import { runCompiled } from '../compiled-query.js';
import type { Executor } from '../executor.js';
import { cachedRead } from '../read-cache.js';

export const insertOrganization = async (db: Executor, o: Organization): Promise<Organization> => {
  await db.insertInto('organizations').values({ id: o.id, name: o.name, created_at: o.createdAt }).execute();
  return o;
};

export const getOrganization = async (db: Executor, id: string): Promise<Organization | undefined> => {
  const r = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, name: r.name, createdAt: r.created_at } : undefined;
};

export const renameOrganization = async (db: Executor, id: string, name: string): Promise<void> => {
  await db.updateTable('organizations').set({ name }).where('id', '=', id).execute();
};

export const listOrganizationsOf = async (db: Executor, userId: string) =>
  (
    await db
      .selectFrom('memberships')
      .innerJoin('organizations', 'organizations.id', 'memberships.org_id')
      .select(['organizations.id', 'organizations.name', 'organizations.created_at', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .orderBy('organizations.name')
      .execute()
  ).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, role: r.role as Role }));

export const upsertMembership = async (db: Executor, m: Membership): Promise<void> => {
  await db
    .insertInto('memberships')
    .values({ org_id: m.orgId, user_id: m.userId, role: m.role, created_at: m.createdAt })
    .onConflict((oc) => oc.columns(['org_id', 'user_id']).doUpdateSet({ role: m.role }))
    .execute();
};

export const getMembership = async (
  db: Executor,
  orgId: string,
  userId: string,
): Promise<Membership | undefined> =>
  cachedRead(db, `membership\0${orgId}\0${userId}`, async () => {
    const [r] = await runCompiled(db, 'getMembership', [orgId, userId], ([org, user]) =>
      db
        .selectFrom('memberships')
        .selectAll()
        .where('org_id', '=', org as string)
        .where('user_id', '=', user as string),
    );
    return r
      ? { orgId: r.org_id, userId: r.user_id, role: r.role as Role, createdAt: r.created_at }
      : undefined;
  });

export const deleteMembership = async (db: Executor, orgId: string, userId: string): Promise<void> => {
  await db.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
};

export const listMembers = async (db: Executor, orgId: string): Promise<MemberView[]> =>
  (
    await db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select([
        'memberships.org_id',
        'memberships.user_id',
        'memberships.role',
        'memberships.created_at',
        'users.email',
        'users.name',
      ])
      .where('memberships.org_id', '=', orgId)
      .orderBy('users.name')
      .execute()
  ).map((r) => ({
    orgId: r.org_id,
    userId: r.user_id,
    role: r.role as Role,
    createdAt: r.created_at,
    email: r.email,
    name: r.name,
  }));

export const countOwners = async (db: Executor, orgId: string): Promise<number> => {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(r.n);
};
