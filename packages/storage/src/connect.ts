import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, which dialect it speaks, and how to close it. */
export interface NimbusDb {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Where it lives, with any password removed, for logs and messages. */
  readonly location: string;
  /** The raw SQLite handle, for online backups (undefined on PostgreSQL). */
  readonly sqlite?: SQLite.Database;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** `postgres://...` for PostgreSQL; otherwise a SQLite file path (or `:memory:`). */
  readonly url: string;
  /** PostgreSQL pool size. */
  readonly poolSize?: number;
  /**
   * Told when an idle PostgreSQL connection fails (the server restarted, an administrator ended it). The pool
   * drops that connection and opens another on the next query; without a listener the error would end the process.
   */
  readonly onConnectionError?: (err: Error) => void;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

export const redactUrl = (url: string): string => url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');

/**
 * Kysely prepares every statement anew; preparing costs as much as running a small query. Queries repeat (the
 * same SQL with other parameters), so prepared statements are kept by SQL text, up to `max` of them.
 */
const withStatementCache = (sqlite: SQLite.Database, max = 500) => {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = sqlite.prepare(text);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
};

/** Opens SQLite (WAL, foreign keys, busy timeout) or PostgreSQL through the same Kysely interface. */
export const connect = (options: ConnectOptions): NimbusDb => {
  if (isPostgresUrl(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on('error', (err) => options.onConnectionError?.(err));
    // A connection in use, or being closed at shutdown, reports its loss on the client itself: listen there
    // too (the query in flight, if any, fails with the same error and the pool replaces the connection).
    pool.on('connect', (client) => client.on('error', (err) => options.onConnectionError?.(err)));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', location: redactUrl(options.url), close: () => db.destroy() };
  }
  if (options.url !== ':memory:') mkdirSync(dirname(options.url), { recursive: true });
  const sqlite = new SQLite(options.url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', location: options.url, sqlite, close: () => db.destroy() };
};
