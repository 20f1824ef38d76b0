import { NimbusError } from '@nimbus/core';
import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as m0001 from './migrations/0001-initial.js';
import * as m0002 from './migrations/0002-assessment-revision.js';
import * as m0003 from './migrations/0003-change-notify.js';

/** Every migration, in order. Migrations are code, forward-only, and run at start. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-assessment-revision': m0002,
  '0003-change-notify': m0003,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export interface MigrationReport {
  readonly applied: string[];
  readonly current: string;
}

/**
 * Brings the schema up to date. Refuses to touch a database that a newer Nimbus has migrated: running old code
 * on a newer schema could corrupt it.
 */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema
export const migrate = async (db: Kysely<any>): Promise<MigrationReport> => {
  const migrator = new Migrator({ db, provider });
  const known = new Set(Object.keys(MIGRATIONS));
  const existing = await migrator.getMigrations();
  const tableExists = existing.some((m) => m.executedAt);
  if (tableExists) {
    const executed = await (db as Kysely<{ kysely_migration: { name: string } }>)
      .selectFrom('kysely_migration')
      .select('name')
      .execute();
    const unknown = executed.map((r) => r.name).filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new NimbusError(
        'DATABASE_TOO_NEW',
        `the database was migrated by a newer Nimbus (migrations ${unknown.join(', ')} are unknown to this version); upgrade Nimbus or restore a backup`,
        { unknown },
      );
    }
  }
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new NimbusError(
      'DATABASE_UNAVAILABLE',
      `migration failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    current: Object.keys(MIGRATIONS).at(-1)!,
  };
};
