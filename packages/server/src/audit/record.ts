import { diffFields, type User } from '@nimbus/core';
import { appendAudit, type Executor } from '@nimbus/storage';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

export interface AuditInput {
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly before?: Record<string, unknown> | null;
  readonly after?: Record<string, unknown> | null;
  /** Extra facts (never secrets), merged into the recorded changes. */
  readonly note?: Record<string, unknown>;
  /** Defaults to the organization in the path. */
  readonly orgId?: string;
  /** Who acted, when not the caller of the request (sign-in and setup, before a session exists). */
  readonly actor?: User;
}

/** Writes the audit event for a change, in the same transaction as the change. */
export const recordAudit = async (trx: Executor, c: Context<AppEnv>, input: AuditInput) => {
  const { store, now } = c.get('deps');
  const principal = c.get('principal');
  const actor = input.actor ?? principal?.user;
  const changes = {
    ...(input.before !== undefined || input.after !== undefined
      ? diffFields(input.before ?? null, input.after ?? null)
      : {}),
    ...(input.note ? { note: input.note } : {}),
  };
  return appendAudit(trx, store.dialect, {
    orgId: input.orgId ?? c.get('org').id,
    at: now().toISOString(),
    actorId: actor?.id ?? null,
    actorLabel: actor
      ? `${actor.email}${!input.actor && principal?.kind === 'token' ? ` (token ${principal.token.prefix})` : ''}`
      : 'anonymous',
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    changes,
    ip: c.get('clientIp'),
    userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
  });
};

export const inTransaction = <T>(c: Context<AppEnv>, fn: (trx: Executor) => Promise<T>): Promise<T> =>
  c.get('deps').store.db.transaction().execute(fn);
