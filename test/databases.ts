import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty database for this suite. */
  readonly url: () => Promise<string>;
}

const freshPostgres = async (admin: string): Promise<string> => {
  const name = `nimbus_t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * The databases every storage and server suite runs against: SQLite always, PostgreSQL whenever the global
 * setup provided one (always in CI). Use with describe.each so one test body covers both.
 */
export const testDatabases = (): TestDatabase[] => {
  const admin = inject('postgresUrl');
  const list: TestDatabase[] = [
    { name: 'sqlite', url: async () => join(mkdtempSync(join(tmpdir(), 'nimbus-sqlite-')), 'nimbus.db') },
  ];
  if (admin) list.push({ name: 'postgres', url: () => freshPostgres(admin) });
  else if (process.env.CI)
    throw new Error('CI must run the PostgreSQL suites, but no PostgreSQL was provided');
  return list;
};
