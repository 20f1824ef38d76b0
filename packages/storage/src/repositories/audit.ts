import { createHash, randomUUID } from 'node:crypto';
import { AUDIT_GENESIS, type AuditEvent, auditHashInput } from '@nimbus/core';
import { sql } from 'kysely';
import { runCompiled } from '../compiled-query.js';
import type { DialectName } from '../connect.js';
import type { Executor } from '../executor.js';
import type { AuditEventsTable } from '../schema.js';

/** The organization id of the chain that records events tied to no organization (operator actions). */
export const SYSTEM_CHAIN = '_system';

export interface NewAuditEvent {
  readonly orgId: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorLabel: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly changes?: unknown;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
}

const toEvent = (r: AuditEventsTable): AuditEvent => ({
  id: r.id,
  orgId: r.org_id,
  seq: Number(r.seq),
  at: r.at,
  actorId: r.actor_id,
  actorLabel: r.actor_label,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  changes: JSON.parse(r.changes),
  ip: r.ip,
  userAgent: r.user_agent,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const hashOf = (prevHash: string, e: Omit<AuditEvent, 'id' | 'prevHash' | 'hash'>): string =>
  sha256(
    auditHashInput(prevHash, {
      orgId: e.orgId,
      seq: e.seq,
      at: e.at,
      actorId: e.actorId,
      actorLabel: e.actorLabel,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      changes: e.changes,
      ip: e.ip,
      userAgent: e.userAgent,
    }),
  );

/**
 * Appends an event to its organization's hash chain. Call it inside the transaction of the change it records.
 * On PostgreSQL an advisory lock per organization serializes appenders; SQLite transactions are serialized
 * already. The unique (org_id, seq) constraint makes a fork impossible either way.
 */
export const appendAudit = async (
  db: Executor,
  dialect: DialectName,
  e: NewAuditEvent,
): Promise<AuditEvent> => {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${e.orgId}))`.execute(db);
  const [last] = await runCompiled(db, 'lastAuditEvent', [e.orgId, 1], ([org, one]) =>
    db
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .where('org_id', '=', org as string)
      .orderBy('seq', 'desc')
      .limit(one as number),
  );
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash = last?.hash ?? AUDIT_GENESIS;
  const base = {
    orgId: e.orgId,
    seq,
    at: e.at,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    changes: e.changes ?? {},
    ip: e.ip ?? null,
    userAgent: e.userAgent ?? null,
  };
  const event: AuditEvent = { id: randomUUID(), ...base, prevHash, hash: hashOf(prevHash, base) };
  await db
    .insertInto('audit_events')
    .values({
      id: event.id,
      org_id: event.orgId,
      seq: event.seq,
      at: event.at,
      actor_id: event.actorId,
      actor_label: event.actorLabel,
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId,
      changes: JSON.stringify(event.changes),
      ip: event.ip,
      user_agent: event.userAgent,
      prev_hash: event.prevHash,
      hash: event.hash,
    })
    .execute();
  return event;
};

export interface AuditQuery {
  readonly action?: string;
  readonly actorId?: string;
  readonly targetType?: string;
  readonly targetId?: string;
  readonly from?: string;
  readonly to?: string;
  /** Return events with seq below this (newest first paging). */
  readonly before?: number;
  readonly limit: number;
}

export const listAudit = async (db: Executor, orgId: string, q: AuditQuery): Promise<AuditEvent[]> => {
  let query = db.selectFrom('audit_events').selectAll().where('org_id', '=', orgId);
  if (q.action) query = query.where('action', 'like', `${q.action.replace(/[%_]/g, '')}%`);
  if (q.actorId) query = query.where('actor_id', '=', q.actorId);
  if (q.targetType) query = query.where('target_type', '=', q.targetType);
  if (q.targetId) query = query.where('target_id', '=', q.targetId);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<=', q.to);
  if (q.before) query = query.where('seq', '<', q.before);
  return (await query.orderBy('seq', 'desc').limit(q.limit).execute()).map(toEvent);
};

export const listChains = async (db: Executor): Promise<string[]> =>
  (await db.selectFrom('audit_events').select('org_id').distinct().orderBy('org_id').execute()).map(
    (r) => r.org_id,
  );

/** The events of one chain in order, in pages, so verifying a long chain keeps memory flat. */
export async function* readChain(db: Executor, orgId: string, pageSize = 1000): AsyncGenerator<AuditEvent> {
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const r of page) yield toEvent(r);
    if (page.length < pageSize) return;
    after = Number(page.at(-1)!.seq);
  }
}

export interface ChainBreak {
  readonly orgId: string;
  readonly seq: number;
  readonly id: string;
  readonly reason: string;
}

/** Recomputes a chain and names the first entry that does not verify. */
export const verifyChain = async (
  db: Executor,
  orgId: string,
): Promise<{ events: number; broken?: ChainBreak }> => {
  let prev = AUDIT_GENESIS;
  let expectedSeq = 1;
  let events = 0;
  for await (const e of readChain(db, orgId)) {
    events += 1;
    const brk = (reason: string) => ({ events, broken: { orgId, seq: e.seq, id: e.id, reason } });
    if (e.seq !== expectedSeq)
      return brk(`sequence jumps from ${expectedSeq - 1} to ${e.seq} (an entry was removed)`);
    if (e.prevHash !== prev) return brk('prev_hash does not match the hash of the entry before it');
    const { id: _i, prevHash: _p, hash: _h, ...rest } = e;
    if (hashOf(prev, rest) !== e.hash)
      return brk('the entry was changed after it was written (hash mismatch)');
    prev = e.hash;
    expectedSeq += 1;
  }
  return { events };
};
