import { NimbusError } from '@nimbus/core';
import { findSessionPrincipal, findTokenPrincipal, touchToken } from '@nimbus/storage';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, Principal } from '../app-env.js';
import { hashSecret, safeEqual } from './secrets.js';

export const SESSION_COOKIE = 'nimbus_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Finds who is asking from a bearer token or the session cookie; undefined when neither is valid. */
export const resolvePrincipal = async (c: Context<AppEnv>): Promise<Principal | undefined> => {
  const { store, now } = c.get('deps');
  const at = now().toISOString();
  const auth = c.req.header('authorization');
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m) throw new NimbusError('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
    const found = await findTokenPrincipal(store.db, hashSecret(m[1]!), at);
    if (!found)
      throw new NimbusError(
        'UNAUTHENTICATED',
        'the API token is unknown, expired or revoked, or its account is disabled',
      );
    const { token, user, role } = found;
    if (!token.lastUsedAt || Date.parse(at) - Date.parse(token.lastUsedAt) > 60_000)
      await touchToken(store.db, token.id, at);
    return { kind: 'token', user, token, role };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return undefined;
  const sessionHash = hashSecret(cookie);
  const found = await findSessionPrincipal(store.db, sessionHash, at);
  return found ? { kind: 'session', user: found.user, sessionHash, csrfToken: found.csrfToken } : undefined;
};

/**
 * Requires a signed-in caller. State-changing requests made with the session cookie must carry the session's
 * CSRF token in X-CSRF-Token (bearer-token requests are not sent by browsers automatically and need none).
 */
export const requireAuth =
  (options: { sessionOnly?: boolean } = {}): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const principal = await resolvePrincipal(c);
    if (!principal) throw new NimbusError('UNAUTHENTICATED', 'sign in first (session expired or missing)');
    if (options.sessionOnly && principal.kind !== 'session') {
      throw new NimbusError('FORBIDDEN', 'this action needs a signed-in user, not an API token');
    }
    if (principal.kind === 'session' && !SAFE_METHODS.has(c.req.method)) {
      const header = c.req.header('x-csrf-token') ?? '';
      if (!safeEqual(header, principal.csrfToken)) {
        throw new NimbusError(
          'CSRF_FAILED',
          'missing or wrong X-CSRF-Token header; reload the page and try again',
        );
      }
    }
    c.set('principal', principal);
    await next();
  };
