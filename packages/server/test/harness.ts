import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog, type Role } from '@nimbus/core';
import { compileCatalog } from '@nimbus/core/compiler';
import {
  connect,
  insertOrganization,
  insertUser,
  localBlobStore,
  migrate,
  type NimbusDb,
  upsertMembership,
} from '@nimbus/storage';
import pino from 'pino';
import { readCatalogFiles } from '../../core/test/repo.js';
import { createApp, type NimbusApp } from '../src/app.js';
import type { AppDeps } from '../src/app-env.js';
import { hashPassword } from '../src/auth/passwords.js';
import { loadConfig, type ServerConfig } from '../src/config.js';

let catalog: Catalog | undefined;
/** The real catalog, compiled from catalog/ once per test file. */
export const testCatalog = () => {
  catalog ??= new Catalog(compileCatalog(readCatalogFiles()).catalog);
  return catalog;
};

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestServer {
  readonly nimbus: NimbusApp;
  readonly deps: AppDeps;
  readonly store: NimbusDb;
  /** Sets the clock the app sees. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

/** A real app on a real, migrated database (SQLite file or fresh PostgreSQL database), in process. */
export const startTestServer = async (
  url: string,
  config: Partial<ServerConfig> = {},
): Promise<TestServer> => {
  const store = connect({ url });
  await migrate(store.db);
  const home = mkdtempSync(join(tmpdir(), 'nimbus-home-'));
  let now: Date | undefined;
  const deps: AppDeps = {
    store,
    blobs: localBlobStore(join(home, 'blobs')),
    catalog: testCatalog(),
    config: loadConfig({}, { home, databaseUrl: url, ...config }),
    logger: pino({ level: 'silent' }),
    now: () => now ?? new Date(),
  };
  return {
    nimbus: createApp(deps),
    deps,
    store,
    setNow: (d) => {
      now = d;
    },
    close: () => store.close(),
  };
};

/** Creates a user (with the shared test password) directly in the database. */
export const seedUser = async (store: NimbusDb, name: string) => {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 6)}@example.com`;
  return insertUser(store.db, {
    id: randomUUID(),
    email,
    name,
    passwordHash: await passwordHash,
    createdAt: new Date().toISOString(),
  });
};

export const seedOrg = async (store: NimbusDb, name: string) =>
  insertOrganization(store.db, { id: randomUUID(), name, createdAt: new Date().toISOString() });

export const seedMember = async (store: NimbusDb, orgId: string, userId: string, role: Role) =>
  upsertMembership(store.db, { orgId, userId, role, createdAt: new Date().toISOString() });

export interface Caller {
  readonly headers: Record<string, string>;
  readonly userId: string;
  readonly email: string;
}

/** Signs in through the API and returns the cookie and CSRF header to send. */
export const login = async (
  server: TestServer,
  email: string,
  password = PASSWORD,
): Promise<Caller & { csrf: string }> => {
  const res = await server.nimbus.app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return {
    headers: { cookie, 'x-csrf-token': body.csrfToken },
    csrf: body.csrfToken,
    userId: body.user.id,
    email,
  };
};

/** Calls the app as a caller with an optional JSON body. */
export const call = async (
  server: TestServer,
  method: string,
  path: string,
  options: { as?: Caller; body?: unknown; headers?: Record<string, string> } = {},
) => {
  const headers: Record<string, string> = { ...(options.as?.headers ?? {}), ...(options.headers ?? {}) };
  if (options.body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  const res = await server.nimbus.app.request(path, {
    method,
    headers,
    ...(options.body !== undefined
      ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
      : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return {
    status: res.status,
    headers: res.headers,
    text,
    // Tests read response bodies loosely; the API's shapes are checked by the assertions themselves.
    // biome-ignore lint/suspicious/noExplicitAny: response JSON of any route
    json: json as Record<string, any>,
  };
};
