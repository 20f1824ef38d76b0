export { type BlobStore, localBlobStore } from './blob-store.js';
export { type ChangeClock, UNKNOWN } from './change-clock.js';
export {
  type ConnectOptions,
  connect,
  type DialectName,
  isPostgresUrl,
  type NimbusDb,
  redactUrl,
} from './connect.js';
export { count, type Executor } from './executor.js';
export { MIGRATIONS, type MigrationReport, migrate } from './migrate.js';
export { notifyChangesOn } from './migrations/0003-change-notify.js';
export { CHANGE_CHANNEL } from './postgres-change-watch.js';
export { cachedRead, ReadCache, type ReadCacheOptions } from './read-cache.js';
export * from './repositories/assessments.js';
export * from './repositories/audit.js';
export * from './repositories/auth.js';
export * from './repositories/comments.js';
export * from './repositories/evidence.js';
export * from './repositories/organizations.js';
export * from './repositories/services.js';
export * from './repositories/users.js';
export type { Database } from './schema.js';
