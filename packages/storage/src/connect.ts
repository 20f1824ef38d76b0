import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type ChangeClock, changeClock, sqliteDataVersionWatch } from './change-clock.js';
import { postgresChangeWatch } from './postgres-change-watch.js';
import { attachReadCache, ReadCache } from './read-cache.js';
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
  /** Reads reused until a change is committed (see read-cache.ts); undefined when turned off. */
  readonly readCache?: ReadCache;
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
  /**
   * Reuse hot reads (who is asking, an assessment's head) until a change is committed; on by default. Off, every
   * read goes to the database.
   */
  readonly readCache?: boolean;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

export const redactUrl = (url: string): string => url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');

/**
 * Kysely prepares every statement anew; preparing costs as much as running a small query. Queries repeat (the
 * same SQL with other parameters), so prepared statements are kept by SQL text, up to `max` of them.
 */
const withStatementCache = (sqlite: SQLite.Database, onWrite: () => void, max = 500) => {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = reportWrites(sqlite.prepare(text), onWrite);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
};

const ENDS_TRANSACTION = /^\s*(commit|end|rollback|release)\b/i;

/**
 * A statement that writes (or ends a transaction) tells the change clock once it has run. SQLite counts
 * COMMIT and ROLLBACK as read-only, so they are recognised by their text.
 */
const reportWrites = (stmt: SQLite.Statement, onWrite: () => void): SQLite.Statement => {
  if (stmt.readonly && !ENDS_TRANSACTION.test(stmt.source)) return stmt;
  const after =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return run(...args);
      } finally {
        onWrite();
      }
    };
  return Object.assign(Object.create(stmt) as SQLite.Statement, {
    run: after(stmt.run.bind(stmt)),
    all: after(stmt.all.bind(stmt)),
    get: after(stmt.get.bind(stmt)),
  });
};

/** PostgreSQL: any statement but a SELECT may write; the clock moves once it has finished, failed or not. */
const reportPostgresWrites = (client: pg.PoolClient, onWrite: () => void) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const writes = (arg: unknown) => {
    const text = typeof arg === 'string' ? arg : (arg as { text?: unknown } | undefined)?.text;
    return typeof text !== 'string' || !/^\s*select\b/i.test(text);
  };
  (client as { query: unknown }).query = (...args: unknown[]) => {
    if (!writes(args[0])) return query(...args);
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      // The callback form: the clock moves before the caller hears of the result.
      args[last] = (...answer: unknown[]) => {
        onWrite();
        return (callback as (...a: unknown[]) => unknown)(...answer);
      };
      return query(...args);
    }
    const result = query(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function')
      return (result as Promise<unknown>).finally(onWrite);
    onWrite();
    return result;
  };
};

const withReadCache = (db: Kysely<Database>, clock: ChangeClock | undefined) => {
  if (!clock) return undefined;
  const cache = new ReadCache(clock);
  attachReadCache(db, cache);
  return cache;
};

/** Opens SQLite (WAL, foreign keys, busy timeout) or PostgreSQL through the same Kysely interface. */
export const connect = (options: ConnectOptions): NimbusDb => {
  if (isPostgresUrl(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    const clock =
      options.readCache === false
        ? undefined
        : changeClock(postgresChangeWatch(options.url, options.onConnectionError));
    pool.on('error', (err) => options.onConnectionError?.(err));
    // A connection in use, or being closed at shutdown, reports its loss on the client itself: listen there
    // too (the query in flight, if any, fails with the same error and the pool replaces the connection).
    pool.on('connect', (client) => {
      client.on('error', (err) => options.onConnectionError?.(err));
      if (clock) reportPostgresWrites(client, clock.bump);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect: 'postgres',
      location: redactUrl(options.url),
      readCache: withReadCache(db, clock),
      close: async () => {
        await clock?.close();
        await db.destroy();
      },
    };
  }
  if (options.url !== ':memory:') mkdirSync(dirname(options.url), { recursive: true });
  const sqlite = new SQLite(options.url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  const clock =
    options.readCache === false
      ? undefined
      : changeClock(sqliteDataVersionWatch(() => dataVersion.get() as number));
  const database = withStatementCache(sqlite, clock?.bump ?? (() => {}));
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return {
    db,
    dialect: 'sqlite',
    location: options.url,
    sqlite,
    readCache: withReadCache(db, clock),
    close: async () => {
      await clock?.close();
      await db.destroy();
    },
  };
};
