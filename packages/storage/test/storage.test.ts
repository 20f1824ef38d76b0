import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import {
  appendAudit,
  connect,
  getAssessment,
  insertAssessment,
  insertOrganization,
  listResults,
  migrate,
  type NimbusDb,
  updateResult,
  verifyChain,
} from '../src/index.js';

describe.each(testDatabases())('storage on $name', (database) => {
  let nimbus: NimbusDb;
  const org = { id: randomUUID(), name: 'Acme Cloud Ltd', createdAt: '2026-11-28T10:00:00.000Z' };

  beforeAll(async () => {
    nimbus = connect({ url: await database.url() });
    const report = await migrate(nimbus.db);
    expect(report.applied).toEqual(['0001-initial', '0002-assessment-revision', '0003-change-notify']);
    await insertOrganization(nimbus.db, org);
  });
  afterAll(() => nimbus.close());

  it('migrates once: a second run applies nothing', async () => {
    expect((await migrate(nimbus.db)).applied).toEqual([]);
  });

  it('refuses a database migrated by a newer Nimbus', async () => {
    await nimbus.db
      .insertInto('kysely_migration' as never)
      .values({ name: '9999-future', timestamp: new Date().toISOString() } as never)
      .execute();
    await expect(migrate(nimbus.db)).rejects.toMatchObject({ code: 'DATABASE_TOO_NEW' });
    await nimbus.db
      .deleteFrom('kysely_migration' as never)
      .where('name' as never, '=', '9999-future' as never)
      .execute();
  });

  it('stores an assessment with its results and updates a result only at the expected version', async () => {
    const id = randomUUID();
    const now = '2026-11-28T10:00:00.000Z';
    const results = Array.from({ length: 121 }, (_, i) => ({
      id: randomUUID(),
      orgId: org.id,
      assessmentId: id,
      controlId: `c${i}`,
      position: i,
      applicable: true,
      justification: '',
      status: 'not-assessed' as const,
      ownerId: null,
      dueDate: null,
      implementation: '',
      version: 1,
      updatedAt: now,
      updatedBy: null,
    }));
    await insertAssessment(
      nimbus.db,
      {
        id,
        orgId: org.id,
        name: 'CSP 2026',
        framework: 'iso27017:2015',
        perspective: 'csp',
        scope: [],
        ownerId: null,
        targetDate: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
      results,
    );
    expect((await getAssessment(nimbus.db, org.id, id))?.name).toBe('CSP 2026');
    expect(await getAssessment(nimbus.db, randomUUID(), id)).toBeUndefined();
    const stored = await listResults(nimbus.db, org.id, id);
    expect(stored).toHaveLength(121);
    const first = stored[0]!;
    expect(await updateResult(nimbus.db, { ...first, status: 'implemented', version: 2 }, 1)).toBe(true);
    expect(await updateResult(nimbus.db, { ...first, status: 'planned', version: 2 }, 1)).toBe(false);
    expect((await listResults(nimbus.db, org.id, id))[0]).toMatchObject({
      status: 'implemented',
      version: 2,
      applicable: true,
    });
  });

  it('round-trips quotes, NULs, right-to-left text and emoji', async () => {
    const name = `O'Brien "quoted" \u202Eevil\u202C 🚀 ✓`;
    const o = { id: randomUUID(), name, createdAt: '2026-11-28T10:00:00.000Z' };
    await insertOrganization(nimbus.db, o);
    const back = await nimbus.db
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', o.id)
      .executeTakeFirstOrThrow();
    expect(back.name).toBe(name);
  });

  it('chains audit events per organization and detects a row edited in the database', async () => {
    const chain = randomUUID();
    for (let i = 0; i < 5; i++) {
      await nimbus.db.transaction().execute((trx) =>
        appendAudit(trx, nimbus.dialect, {
          orgId: chain,
          at: `2026-11-28T10:00:0${i}.000Z`,
          actorId: null,
          actorLabel: 'test',
          action: 'test.event',
          targetType: 'thing',
          targetId: String(i),
          changes: { n: { from: i, to: i + 1 } },
        }),
      );
    }
    expect(await verifyChain(nimbus.db, chain)).toEqual({ events: 5 });
    await sql`update audit_events set actor_label = 'mallory' where org_id = ${chain} and seq = 3`.execute(
      nimbus.db,
    );
    const result = await verifyChain(nimbus.db, chain);
    expect(result.broken).toMatchObject({ seq: 3, reason: expect.stringContaining('hash mismatch') });
  });

  it('never forks the chain under concurrent appends', async () => {
    const chain = randomUUID();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        nimbus.db.transaction().execute((trx) =>
          appendAudit(trx, nimbus.dialect, {
            orgId: chain,
            at: '2026-11-28T10:00:00.000Z',
            actorId: null,
            actorLabel: 'test',
            action: 'burst',
            targetType: 'thing',
            targetId: String(i),
          }),
        ),
      ),
    );
    expect(await verifyChain(nimbus.db, chain)).toEqual({ events: 20 });
  });
});

describe.each(testDatabases().filter((d) => d.name === 'postgres'))(
  'a dropped connection on $name',
  (database) => {
    it('does not end the process: the pool reconnects on the next query', async () => {
      const errors: string[] = [];
      const nimbus = connect({
        url: await database.url(),
        onConnectionError: (err) => errors.push(err.message),
      });
      try {
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(nimbus.db)).rows[0]!
          .pid;
        // Another session ends our idle connection, as a restart or an administrator would.
        const admin = connect({ url: await database.url() });
        await sql`select pg_terminate_backend(${pid})`.execute(admin.db);
        await admin.close();
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(errors.length).toBeGreaterThan(0);
        const r = await sql<{ one: number }>`select 1 as one`.execute(nimbus.db);
        expect(r.rows[0]?.one).toBe(1);
      } finally {
        await nimbus.close();
      }
    });

    it('survives losing a connection in the middle of a query: that query fails, the pool recovers', async () => {
      const nimbus = connect({ url: await database.url(), onConnectionError: () => {} });
      const admin = connect({ url: await database.url() });
      try {
        const slow = sql`select pg_sleep(10)`.execute(nimbus.db);
        slow.catch(() => {});
        let pid: number | undefined;
        for (let i = 0; i < 50 && !pid; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          pid = (
            await sql<{
              pid: number;
            }>`select pid from pg_stat_activity where query = 'select pg_sleep(10)' and state = 'active'`.execute(
              admin.db,
            )
          ).rows[0]?.pid;
        }
        expect(pid).toBeDefined();
        await sql`select pg_terminate_backend(${pid})`.execute(admin.db);
        await expect(slow).rejects.toThrow();
        // The broken connection may answer one more query with an error before the pool drops it.
        let one: number | undefined;
        for (let attempt = 0; attempt < 3 && one === undefined; attempt++)
          one = (await sql<{ one: number }>`select 1 as one`.execute(nimbus.db).catch(() => undefined))
            ?.rows[0]?.one;
        expect(one).toBe(1);
      } finally {
        await admin.close();
        await nimbus.close();
      }
    });
  },
);
