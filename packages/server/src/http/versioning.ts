import { NimbusError } from '@nimbus/core';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

/**
 * Optimistic concurrency: every versioned object has an ETag "v<version>"; writes must say which they read. A
 * representation that also depends on other rows (an assessment with its results) adds their revision, and the
 * day when it derives from the date (overdue counts): "v<version>-r<revision>-d<yyyymmdd>". If-Match compares the
 * version only.
 */
export const etag = (version: number, revision?: number, day?: string) =>
  revision === undefined
    ? `"v${version}"`
    : `"v${version}-r${revision}${day ? `-d${day.replaceAll('-', '')}` : ''}"`;

/** True when If-None-Match names `tag` (or `*`): the client's copy is current and a 304 will do. */
export const ifNoneMatch = (c: Context<AppEnv>, tag: string): boolean => {
  const header = c.req.header('if-none-match');
  if (!header) return false;
  return header.split(',').some((t) => {
    const candidate = t.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === tag;
  });
};

/** The version named by If-Match; 428 when absent, 400 when not one of ours. */
export const requireIfMatch = (c: Context<AppEnv>): number => {
  const header = c.req.header('if-match');
  if (!header) {
    throw new NimbusError(
      'PRECONDITION_REQUIRED',
      'send If-Match with the ETag you read, so a concurrent change is never overwritten',
    );
  }
  const m = /^(?:W\/)?"v(\d+)(?:-r\d+(?:-d\d{8})?)?"$/.exec(header.trim());
  if (!m) throw new NimbusError('INVALID_ARGUMENT', `If-Match must be an ETag such as "v3", not ${header}`);
  return Number(m[1]);
};

/** The 409 that carries the current state, so the client can show what changed and re-apply its edit. */
export const versionConflict = <T extends { version: number }>(current: T | undefined, expected: number) =>
  new NimbusError(
    'VERSION_CONFLICT',
    `changed since you read it (you have version ${expected}, it is now ${current?.version ?? 'deleted'})`,
    { current: current ?? null },
  );

export const checkVersion = <T extends { version: number }>(current: T, expected: number): void => {
  if (current.version !== expected) throw versionConflict(current, expected);
};
