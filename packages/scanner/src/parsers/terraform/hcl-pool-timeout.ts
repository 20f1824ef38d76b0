import { NimbusError } from '@nimbus/core';

// The time one Terraform file may take to parse: an option of the caller, else the operator's environment
// variable, else ten seconds. A value that is not a sensible number of milliseconds is a configuration
// mistake, reported as such rather than silently replaced.

/** The environment variable that sets the limit, in milliseconds. */
export const FILE_TIMEOUT_ENV = 'NIMBUS_SCAN_FILE_TIMEOUT_MS';

export const DEFAULT_FILE_TIMEOUT_MS = 10_000;

/** One hour: past this a limit protects nothing (and timers cannot wait much beyond 24 days anyway). */
export const MAX_FILE_TIMEOUT_MS = 3_600_000;

const valid = (ms: number) => Number.isInteger(ms) && ms >= 1 && ms <= MAX_FILE_TIMEOUT_MS;

const invalid = (what: string, value: unknown) =>
  new NimbusError(
    'INVALID_ARGUMENT',
    `${what} must be a whole number of milliseconds from 1 to ${MAX_FILE_TIMEOUT_MS}, not ${JSON.stringify(String(value))}`,
    { [what]: value },
  );

/**
 * The per-file parse time limit in milliseconds. Throws a `NimbusError` (`INVALID_ARGUMENT`) when the option or
 * the environment variable is not a whole number from 1 to `MAX_FILE_TIMEOUT_MS`; an empty variable is unset.
 */
export const fileTimeoutMs = (option?: number, env: NodeJS.ProcessEnv = process.env): number => {
  if (option !== undefined) {
    if (!valid(option)) throw invalid('fileTimeoutMs', option);
    return option;
  }
  const raw = env[FILE_TIMEOUT_ENV]?.trim();
  if (!raw) return DEFAULT_FILE_TIMEOUT_MS;
  const ms = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!valid(ms)) throw invalid(FILE_TIMEOUT_ENV, raw);
  return ms;
};

/** A limit as people read it: `10 s`, `2.5 s`, `250 ms`. */
export const formatLimit = (ms: number): string =>
  ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(3))} s`;
