import type { User } from '@nimbus/core';
import { insertSession, listOrganizationsOf } from '@nimbus/storage';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { hashSecret, randomSecret } from './secrets.js';
import { setSessionCookie } from './session-cookie.js';

/** Opens a server-side session for a user, sets the cookie and returns what the client needs. */
export const startSession = async (c: Context<AppEnv>, user: User) => {
  const { store, now, config } = c.get('deps');
  const id = randomSecret();
  const csrfToken = randomSecret();
  const created = now();
  const expires = new Date(created.getTime() + config.sessionTtlHours * 3_600_000);
  await insertSession(store.db, {
    id_hash: hashSecret(id),
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: created.toISOString(),
    expires_at: expires.toISOString(),
    revoked_at: null,
    ip: c.get('clientIp'),
    user_agent: c.req.header('user-agent')?.slice(0, 300) ?? null,
  });
  setSessionCookie(c, id, config.sessionTtlHours * 3600);
  return sessionView(c, user, csrfToken, expires.toISOString());
};

export const sessionView = async (c: Context<AppEnv>, user: User, csrfToken: string, expiresAt?: string) => ({
  user,
  csrfToken,
  ...(expiresAt ? { expiresAt } : {}),
  organizations: await listOrganizationsOf(c.get('deps').store.db, user.id),
});
