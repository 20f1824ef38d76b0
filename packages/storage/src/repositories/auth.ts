import type { ApiToken, Role } from '@nimbus/core';
import { runCompiled } from '../compiled-query.js';
import type { Executor } from '../executor.js';
import { cachedRead } from '../read-cache.js';
import type { ApiTokensTable, SessionsTable } from '../schema.js';

// Sessions: the cookie holds a random id; only its SHA-256 is stored.
export const insertSession = async (db: Executor, s: SessionsTable): Promise<void> => {
  await db.insertInto('sessions').values(s).execute();
};

export const findLiveSession = async (db: Executor, idHash: string, now: string) =>
  db
    .selectFrom('sessions')
    .selectAll()
    .where('id_hash', '=', idHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();

export const revokeSession = async (db: Executor, idHash: string, now: string): Promise<void> => {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id_hash', '=', idHash).execute();
};

export const revokeUserSessions = async (db: Executor, userId: string, now: string): Promise<void> => {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
};

// API tokens: shown once, stored as SHA-256.
const toToken = (r: ApiTokensTable): ApiToken => ({
  id: r.id,
  orgId: r.org_id,
  userId: r.user_id,
  name: r.name,
  prefix: r.prefix,
  scope: r.scope as ApiToken['scope'],
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

export const insertToken = async (db: Executor, t: ApiTokensTable): Promise<ApiToken> => {
  await db.insertInto('api_tokens').values(t).execute();
  return toToken(t);
};

export const findLiveToken = async (db: Executor, tokenHash: string, now: string) => {
  const r = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return r ? toToken(r) : undefined;
};

export const touchToken = async (db: Executor, id: string, now: string): Promise<void> => {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
};

export const listTokens = async (db: Executor, orgId: string, userId?: string): Promise<ApiToken[]> => {
  let q = db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId);
  if (userId) q = q.where('user_id', '=', userId);
  return (await q.orderBy('created_at', 'desc').execute()).map(toToken);
};

export const getToken = async (db: Executor, orgId: string, id: string): Promise<ApiToken | undefined> => {
  const r = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toToken(r) : undefined;
};

export const revokeToken = async (db: Executor, orgId: string, id: string, now: string): Promise<void> => {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
};

// First-run setup links.
export const insertSetupToken = async (db: Executor, tokenHash: string, now: string, expiresAt: string) => {
  await db
    .insertInto('setup_tokens')
    .values({ token_hash: tokenHash, created_at: now, expires_at: expiresAt, used_at: null })
    .execute();
};

/** Marks a setup token used; true only for the one caller that used a live token. */
export const consumeSetupToken = async (db: Executor, tokenHash: string, now: string): Promise<boolean> => {
  const r = await db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
};

// Login throttling: failures per key (account or IP) in a fixed window.
export const getFailures = async (db: Executor, key: string) =>
  db.selectFrom('login_failures').selectAll().where('key', '=', key).executeTakeFirst();

export const recordFailure = async (db: Executor, key: string, now: string, windowStartBefore: string) => {
  const current = await getFailures(db, key);
  if (!current || current.window_start < windowStartBefore) {
    await db
      .insertInto('login_failures')
      .values({ key, window_start: now, count: 1 })
      .onConflict((oc) => oc.column('key').doUpdateSet({ window_start: now, count: 1 }))
      .execute();
  } else {
    await db
      .updateTable('login_failures')
      .set({ count: current.count + 1 })
      .where('key', '=', key)
      .execute();
  }
};

export const clearFailures = async (db: Executor, key: string) => {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
};

/**
 * The whole principal of an API token in one query: the live token, its enabled user, and the user's role in the
 * token's organization (null when no longer a member). Sign-in checks run on every request, so this is hot.
 */
export const findTokenPrincipal = async (db: Executor, tokenHash: string, now: string) => {
  const found = await cachedRead(db, `tokenPrincipal\0${tokenHash}`, async () => {
    const [r] = await runCompiled(db, 'findTokenPrincipal', [tokenHash, now], ([hash, at]) =>
      db
        .selectFrom('api_tokens as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .leftJoin('memberships as m', (join) =>
          join.onRef('m.user_id', '=', 't.user_id').onRef('m.org_id', '=', 't.org_id'),
        )
        .selectAll('t')
        .select(['u.email', 'u.name', 'u.created_at as user_created_at', 'u.disabled', 'm.role'])
        .where('t.token_hash', '=', hash as string)
        .where('t.revoked_at', 'is', null)
        .where('t.expires_at', '>', at as string),
    );
    if (!r || r.disabled === 1) return undefined;
    return {
      token: toToken(r),
      user: { id: r.user_id, email: r.email, name: r.name, createdAt: r.user_created_at, disabled: false },
      role: (r.role ?? null) as Role | null,
    };
  });
  // A reused principal may have expired since it was read.
  return found && found.token.expiresAt > now ? found : undefined;
};

/** A live session and its enabled user in one query. */
export const findSessionPrincipal = async (db: Executor, idHash: string, now: string) => {
  const found = await cachedRead(db, `sessionPrincipal\0${idHash}`, async () => {
    const [r] = await runCompiled(db, 'findSessionPrincipal', [idHash, now], ([hash, at]) =>
      db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select([
          's.id_hash',
          's.csrf_token',
          's.expires_at',
          'u.id',
          'u.email',
          'u.name',
          'u.created_at',
          'u.disabled',
        ])
        .where('s.id_hash', '=', hash as string)
        .where('s.revoked_at', 'is', null)
        .where('s.expires_at', '>', at as string),
    );
    if (!r || r.disabled === 1) return undefined;
    return {
      csrfToken: r.csrf_token,
      expiresAt: r.expires_at,
      user: { id: r.id, email: r.email, name: r.name, createdAt: r.created_at, disabled: false },
    };
  });
  return found && found.expiresAt > now ? found : undefined;
};
