import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import {
  CHANGE_CHANNEL,
  connect,
  findSessionPrincipal,
  findTokenPrincipal,
  getMembership,
  insertOrganization,
  insertSession,
  insertToken,
  insertUser,
  migrate,
  type NimbusDb,
  revokeSession,
  revokeToken,
  upsertMembership,
} from '../src/index.js';

const NOW = '2026-11-28T10:00:00.000Z';
const LATER = '2026-11-28T11:00:00.000Z';
const EXPIRES = '2026-11-28T10:30:00.000Z';

/** Polls until `probe` holds; for what another process's notification makes true a moment later. */
const eventually = async (probe: () => Promise<boolean>, ms = 5000): Promise<boolean> => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return probe();
};

// Hot reads (who is asking, an assessment's head) are reused until a change is committed: by this process
// (at once), by another process (SQLite's data_version at once, PostgreSQL's notification a moment later), and
// never while other writers cannot be watched. See docs/adr/0005-read-cache.md.
describe.each(testDatabases())('read cache on $name', (database) => {
  let url: string;
  let nimbus: NimbusDb;
  let other: NimbusDb;
  const orgId = randomUUID();
  const userId = randomUUID();

  const newToken = async (expiresAt = EXPIRES) => {
    const id = randomUUID();
    const hash = randomUUID();
    await insertToken(nimbus.db, {
      id,
      org_id: orgId,
      user_id: userId,
      name: 'ci',
      token_hash: hash,
      prefix: 'nmb_test',
      scope: 'read',
      created_at: NOW,
      expires_at: expiresAt,
      revoked_at: null,
      last_used_at: null,
    });
    return { id, hash };
  };

  /**
   * Whether another connection's change is seen: SQLite at once (by a read in a later turn of the event loop, as
   * a request would be), PostgreSQL once notified, within 3 s: well under the cache's 5 s age limit, so that a
   * kept value dropped only for its age cannot pass for a change seen.
   */
  const seenAfterOtherWrite = async (probe: () => Promise<boolean>) => {
    await new Promise((r) => setImmediate(r));
    return database.name === 'sqlite' ? probe() : eventually(probe, 3000);
  };

  /**
   * Waits until two reads in a row give the same kept object (on PostgreSQL the notification of a write of
   * this very test may arrive after the first read and drop it once).
   */
  const reused = async <T>(read: () => Promise<T>) =>
    eventually(async () => {
      const a = await read();
      return a !== undefined && (await read()) === a;
    });

  /** Waits until the database's cache reuses values (PostgreSQL: once its listener is connected). */
  const cacheReady = (db: NimbusDb, hash: string) => reused(() => findTokenPrincipal(db.db, hash, NOW));

  beforeAll(async () => {
    url = await database.url();
    nimbus = connect({ url });
    await migrate(nimbus.db);
    other = connect({ url });
    await insertOrganization(nimbus.db, { id: orgId, name: 'Acme Cloud Ltd', createdAt: NOW });
    await insertUser(nimbus.db, {
      id: userId,
      email: `${userId}@acme.example`,
      name: 'Dana',
      passwordHash: 'x',
      createdAt: NOW,
    });
    await upsertMembership(nimbus.db, { orgId, userId, role: 'viewer', createdAt: NOW });
  });
  afterAll(async () => {
    await other.close();
    await nimbus.close();
  });

  it('reuses a principal (the same frozen object) until this process revokes the token', async () => {
    const { id, hash } = await newToken();
    expect(await cacheReady(nimbus, hash)).toBe(true);
    const first = await findTokenPrincipal(nimbus.db, hash, NOW);
    expect(first).toMatchObject({ role: 'viewer', token: { id } });
    expect(await findTokenPrincipal(nimbus.db, hash, NOW)).toBe(first);
    expect(Object.isFrozen(first?.user)).toBe(true);
    await revokeToken(nimbus.db, orgId, id, NOW);
    expect(await findTokenPrincipal(nimbus.db, hash, NOW)).toBeUndefined();
  });

  it('does not hand out a reused principal after its token expired', async () => {
    const { hash } = await newToken();
    expect(await cacheReady(nimbus, hash)).toBe(true);
    expect(await findTokenPrincipal(nimbus.db, hash, LATER)).toBeUndefined();
  });

  it("sees another connection's revocation (SQLite at once, PostgreSQL once notified)", async () => {
    const { id, hash } = await newToken();
    expect(await cacheReady(nimbus, hash)).toBe(true);
    await revokeToken(other.db, orgId, id, NOW);
    expect(await seenAfterOtherWrite(async () => !(await findTokenPrincipal(nimbus.db, hash, NOW)))).toBe(
      true,
    );
  });

  it("sees another connection's role change and session revocation", async () => {
    await upsertMembership(nimbus.db, { orgId, userId, role: 'viewer', createdAt: NOW });
    expect((await getMembership(nimbus.db, orgId, userId))?.role).toBe('viewer');
    // Reused: the change below must be seen, not read anew anyway.
    expect(await reused(() => getMembership(nimbus.db, orgId, userId))).toBe(true);
    await upsertMembership(other.db, { orgId, userId, role: 'admin', createdAt: NOW });
    expect(
      await seenAfterOtherWrite(
        async () => (await getMembership(nimbus.db, orgId, userId))?.role === 'admin',
      ),
    ).toBe(true);

    const idHash = randomUUID();
    await insertSession(nimbus.db, {
      id_hash: idHash,
      user_id: userId,
      csrf_token: 'csrf',
      created_at: NOW,
      expires_at: EXPIRES,
      revoked_at: null,
    });
    expect(await findSessionPrincipal(nimbus.db, idHash, NOW)).toMatchObject({ csrfToken: 'csrf' });
    expect(await reused(() => findSessionPrincipal(nimbus.db, idHash, NOW))).toBe(true);
    expect(await findSessionPrincipal(nimbus.db, idHash, LATER)).toBeUndefined();
    await revokeSession(other.db, idHash, NOW);
    expect(await seenAfterOtherWrite(async () => !(await findSessionPrincipal(nimbus.db, idHash, NOW)))).toBe(
      true,
    );
  });

  it('reads inside a transaction see its own writes, and a rollback leaves the reused value right', async () => {
    await upsertMembership(nimbus.db, { orgId, userId, role: 'viewer', createdAt: NOW });
    expect((await getMembership(nimbus.db, orgId, userId))?.role).toBe('viewer');
    await expect(
      nimbus.db.transaction().execute(async (trx) => {
        await upsertMembership(trx, { orgId, userId, role: 'admin', createdAt: NOW });
        expect((await getMembership(trx, orgId, userId))?.role).toBe('admin');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await getMembership(nimbus.db, orgId, userId))?.role).toBe('viewer');
  });

  it('keeps no misses: unknown tokens do not fill the cache', async () => {
    const before = nimbus.readCache?.size ?? 0;
    for (let i = 0; i < 20; i++)
      expect(await findTokenPrincipal(nimbus.db, randomUUID(), NOW)).toBeUndefined();
    expect(nimbus.readCache?.size ?? 0).toBe(before);
  });

  it('can be turned off', async () => {
    const plain = connect({ url, readCache: false });
    try {
      const { hash } = await newToken();
      expect(plain.readCache).toBeUndefined();
      const a = await findTokenPrincipal(plain.db, hash, NOW);
      expect(a).toBeDefined();
      expect(await findTokenPrincipal(plain.db, hash, NOW)).not.toBe(a);
    } finally {
      await plain.close();
    }
  });

  if (database.name === 'postgres') {
    it('notifies on every table, so a later migration cannot forget one', async () => {
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'`.execute(
        nimbus.db,
      );
      const triggers = await sql<{ table: string }>`
        select event_object_table as table from information_schema.triggers
        where trigger_name like '%_notify_change' and event_object_schema = current_schema()`.execute(
        nimbus.db,
      );
      const notified = new Set(triggers.rows.map((r) => r.table));
      expect(tables.rows.length).toBeGreaterThan(10);
      expect(tables.rows.map((r) => r.table_name).filter((t) => !notified.has(t))).toEqual([]);
    });

    it('reuses nothing while its listener is lost, and again once it is back', async () => {
      const { id, hash } = await newToken();
      expect(await cacheReady(nimbus, hash)).toBe(true);
      const ended = await sql<{ ended: boolean }>`
        select pg_terminate_backend(pid) as ended from pg_stat_activity
        where datname = current_database() and query = ${`LISTEN ${CHANGE_CHANNEL}`}`.execute(other.db);
      expect(ended.rows.length).toBeGreaterThan(0);
      // The revocation's notification goes nowhere: it must still be seen (reuse stops while the listener is
      // lost, and its return counts as a change) well before the cache's 5 s age limit would drop the value.
      await revokeToken(other.db, orgId, id, NOW);
      expect(await eventually(async () => !(await findTokenPrincipal(nimbus.db, hash, NOW)), 3000)).toBe(
        true,
      );
      const next = await newToken();
      expect(await cacheReady(nimbus, next.hash)).toBe(true);
    });
  }
});
