import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { CHANGE_CHANNEL } from '../postgres-change-watch.js';

/**
 * PostgreSQL only: every committed write to a Nimbus table notifies CHANGE_CHANNEL, so that other server
 * processes drop the reads they reuse (see read-cache.ts and docs/adr/0005-read-cache.md). Statement-level
 * triggers: one notification per statement, and PostgreSQL folds identical ones in a transaction into one,
 * delivered at commit. SQLite needs nothing: its data_version pragma already tells other connections' commits.
 * A later migration that creates a table must call `notifyChangesOn` for it (a test checks every table).
 */
export const notifyChangesOn = async (db: Kysely<unknown>, table: string): Promise<void> => {
  await sql
    .raw(
      `create trigger ${table}_notify_change after insert or update or delete or truncate on ${table} for each statement execute function nimbus_notify_change()`,
    )
    .execute(db);
};

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export const up = async (db: Kysely<unknown>): Promise<void> => {
  if (!isPostgres(db)) return;
  await sql
    .raw(
      `create function nimbus_notify_change() returns trigger language plpgsql as $$ begin perform pg_notify('${CHANGE_CHANNEL}', ''); return null; end $$`,
    )
    .execute(db);
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  for (const { table_name } of tables.rows) await notifyChangesOn(db, table_name);
};
