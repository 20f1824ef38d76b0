import { join, resolve } from 'node:path';
import { NimbusError } from '@nimbus/core';

export interface ServerConfig {
  /** Data folder: the SQLite file and evidence blobs live here unless set otherwise. */
  readonly home: string;
  /** `postgres://...` or a SQLite file path. */
  readonly databaseUrl: string;
  readonly blobDir: string;
  readonly host: string;
  readonly port: number;
  readonly maxUploadBytes: number;
  readonly maxJsonBytes: number;
  readonly sessionTtlHours: number;
  /** Trust X-Forwarded-* from a reverse proxy (client IP, https for Secure cookies). */
  readonly trustProxy: boolean;
}

const int = (name: string, value: string | undefined, fallback: number, min: number, max: number): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `${name} must be a whole number from ${min} to ${max}, not "${value}"`,
    );
  }
  return n;
};

/** Reads the configuration from the environment (NIMBUS_*) and explicit overrides, the same way for every command. */
export const loadConfig = (
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ServerConfig> = {},
): ServerConfig => {
  const home = resolve(overrides.home ?? env.NIMBUS_HOME ?? '.nimbus');
  return {
    home,
    databaseUrl: overrides.databaseUrl ?? env.NIMBUS_DATABASE_URL ?? join(home, 'nimbus.db'),
    blobDir: overrides.blobDir ?? env.NIMBUS_BLOB_DIR ?? join(home, 'blobs'),
    host: overrides.host ?? env.NIMBUS_HOST ?? '127.0.0.1',
    port: overrides.port ?? int('NIMBUS_PORT', env.NIMBUS_PORT, 8017, 0, 65535),
    maxUploadBytes:
      overrides.maxUploadBytes ??
      int('NIMBUS_MAX_UPLOAD_MB', env.NIMBUS_MAX_UPLOAD_MB, 50, 1, 4096) * 1024 * 1024,
    maxJsonBytes: overrides.maxJsonBytes ?? 1024 * 1024,
    sessionTtlHours:
      overrides.sessionTtlHours ?? int('NIMBUS_SESSION_HOURS', env.NIMBUS_SESSION_HOURS, 12, 1, 24 * 30),
    trustProxy: overrides.trustProxy ?? env.NIMBUS_TRUST_PROXY === '1',
  };
};
