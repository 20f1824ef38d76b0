import type { Catalog } from '@nimbus/core';
import { connect, localBlobStore, type MigrationReport, migrate } from '@nimbus/storage';
import pino, { type Logger } from 'pino';
import type { AppDeps } from './app-env.js';
import type { ServerConfig } from './config.js';

export interface Runtime {
  readonly deps: AppDeps;
  readonly migrations: MigrationReport;
  close(): Promise<void>;
}

/**
 * Opens what a server or an operator command works on: the database (migrated; refused when a newer Nimbus
 * migrated it) and the blob store, found from the configuration the same way everywhere.
 */
export const openRuntime = async (options: {
  config: ServerConfig;
  catalog: Catalog;
  logger?: Logger;
  now?: () => Date;
}): Promise<Runtime> => {
  const logger = options.logger ?? pino({ level: 'silent' });
  const store = connect({
    url: options.config.databaseUrl,
    // A dropped idle connection is replaced on the next query; /readyz reports the database meanwhile.
    onConnectionError: (err) =>
      logger.warn({ err: err.message }, 'database connection lost; reconnecting on demand'),
  });
  let migrations: MigrationReport;
  try {
    migrations = await migrate(store.db);
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
  const deps: AppDeps = {
    store,
    blobs: localBlobStore(options.config.blobDir),
    catalog: options.catalog,
    config: options.config,
    logger,
    now: options.now ?? (() => new Date()),
  };
  return { deps, migrations, close: () => store.close() };
};
