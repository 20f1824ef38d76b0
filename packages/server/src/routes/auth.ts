import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { NimbusError, type User } from '@nimbus/core';
import {
  consumeSetupToken,
  countUsers,
  findUserByEmail,
  insertOrganization,
  insertUser,
  listOrganizationsOf,
  revokeSession,
  SYSTEM_CHAIN,
  upsertMembership,
} from '@nimbus/storage';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { inTransaction, recordAudit } from '../audit/record.js';
import { resolvePrincipal } from '../auth/authenticate.js';
import { checkPasswordPolicy, dummyHash, hashPassword, verifyPassword } from '../auth/passwords.js';
import { hashSecret } from '../auth/secrets.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import { sessionView, startSession } from '../auth/sessions.js';
import { assertNotThrottled, noteFailedLogin, noteSuccessfulLogin } from '../auth/throttle.js';
import { defineRoute, type Router } from './router.js';
import { json, jsonBody, Name, problemResponses } from './schemas.js';

const Email = z.string().trim().toLowerCase().email().max(254);
const Password = z.string().min(1).max(1024);

const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    createdAt: z.string(),
    disabled: z.boolean(),
  })
  .openapi('User');
const SessionSchema = z
  .object({
    user: UserSchema,
    csrfToken: z.string(),
    expiresAt: z.string().optional(),
    organizations: z.array(
      z.object({ id: z.string(), name: z.string(), createdAt: z.string(), role: z.string() }),
    ),
    token: z
      .object({ orgId: z.string(), scope: z.enum(['read', 'write']), prefix: z.string() })
      .optional()
      .openapi({ description: 'present when the caller is an API token: the one organization it acts in' }),
  })
  .openapi('Session');

/** Writes one event to the chain of every organization the user belongs to (or the system chain). */
const auditForUser = async (
  c: Context<AppEnv>,
  user: User | undefined,
  action: string,
  note: Record<string, unknown>,
) => {
  const { store } = c.get('deps');
  const orgs = user ? await listOrganizationsOf(store.db, user.id) : [];
  const chains = orgs.length ? orgs.map((o) => o.id) : [SYSTEM_CHAIN];
  await inTransaction(c, async (trx) => {
    for (const orgId of chains) {
      await recordAudit(trx, c, {
        ...(user ? { actor: user } : {}),
        orgId,
        action,
        targetType: 'user',
        targetId: user?.id ?? null,
        note,
      });
    }
  });
};

export const registerAuth = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'public' },
      {
        method: 'get',
        path: '/api/v1/setup',
        tags: ['auth'],
        summary: 'Whether first-run setup is still needed',
        responses: { 200: json(z.object({ needed: z.boolean() })) },
      },
    ),
    async (c) => c.json({ needed: (await countUsers(c.get('deps').store.db)) === 0 }, 200),
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'public' },
      {
        method: 'post',
        path: '/api/v1/setup',
        tags: ['auth'],
        summary: 'Create the first owner and organization with the one-time setup link',
        request: {
          body: jsonBody(
            z.strictObject({
              token: z.string().min(10).max(200),
              email: Email,
              name: Name,
              password: Password,
              organizationName: Name,
            }),
          ),
        },
        responses: { 201: json(SessionSchema, 'Signed in as the new owner'), ...problemResponses },
      },
    ),
    async (c) => {
      const body = c.req.valid('json');
      checkPasswordPolicy(body.password, [body.email.split('@')[0] ?? '', body.name]);
      const passwordHash = await hashPassword(body.password);
      const { now } = c.get('deps');
      const at = now().toISOString();
      const user = await inTransaction(c, async (trx) => {
        if (!(await consumeSetupToken(trx, hashSecret(body.token), at)) || (await countUsers(trx)) > 0) {
          throw new NimbusError('SETUP_UNAVAILABLE', 'this setup link is invalid, expired or already used');
        }
        const u = await insertUser(trx, {
          id: randomUUID(),
          email: body.email,
          name: body.name,
          passwordHash,
          createdAt: at,
        });
        const org = await insertOrganization(trx, {
          id: randomUUID(),
          name: body.organizationName,
          createdAt: at,
        });
        await upsertMembership(trx, { orgId: org.id, userId: u.id, role: 'owner', createdAt: at });
        const actor = u;
        await recordAudit(trx, c, {
          actor,
          orgId: SYSTEM_CHAIN,
          action: 'setup.completed',
          targetType: 'user',
          targetId: u.id,
        });
        await recordAudit(trx, c, {
          actor,
          orgId: org.id,
          action: 'org.created',
          targetType: 'organization',
          targetId: org.id,
          after: { name: org.name },
        });
        await recordAudit(trx, c, {
          actor,
          orgId: org.id,
          action: 'member.added',
          targetType: 'user',
          targetId: u.id,
          after: { email: u.email, role: 'owner' },
        });
        return u;
      });
      return c.json(await startSession(c, user), 201);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'public' },
      {
        method: 'post',
        path: '/api/v1/auth/login',
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        request: { body: jsonBody(z.strictObject({ email: Email, password: Password })) },
        responses: {
          200: json(SessionSchema),
          401: problemResponses[401],
          429: { description: 'Too many attempts' },
        },
      },
    ),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const { store, now } = c.get('deps');
      const ip = c.get('clientIp');
      await assertNotThrottled(store.db, email, ip, now());
      const found = await findUserByEmail(store.db, email);
      const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyHash()));
      if (!found || !ok || found.user.disabled) {
        await noteFailedLogin(store.db, email, ip, now());
        await auditForUser(c, found?.user, 'auth.login_failed', {
          email,
          reason: found ? 'wrong password or disabled' : 'unknown email',
        });
        throw new NimbusError('LOGIN_FAILED', 'wrong email or password');
      }
      await noteSuccessfulLogin(store.db, email);
      const view = await startSession(c, found.user);
      await auditForUser(c, found.user, 'auth.login', {});
      return c.json(view, 200);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'user', sessionOnly: true },
      {
        method: 'post',
        path: '/api/v1/auth/logout',
        tags: ['auth'],
        summary: 'Sign out: revokes the session',
        responses: { 204: { description: 'Signed out' }, ...problemResponses },
      },
    ),
    async (c) => {
      const principal = c.get('principal');
      if (principal?.kind === 'session') {
        await revokeSession(c.get('deps').store.db, principal.sessionHash, c.get('deps').now().toISOString());
        await auditForUser(c, principal.user, 'auth.logout', {});
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'public' },
      {
        method: 'get',
        path: '/api/v1/auth/session',
        tags: ['auth'],
        summary:
          'The signed-in user, their organizations and the CSRF token; `authenticated: false` when signed out',
        responses: {
          200: json(
            z.union([
              SessionSchema.extend({ authenticated: z.literal(true) }),
              z.object({ authenticated: z.literal(false) }),
            ]),
          ),
        },
      },
    ),
    async (c) => {
      // Answering 200 when signed out lets the web app ask without an error in the browser console.
      const p = await resolvePrincipal(c);
      if (!p) return c.json({ authenticated: false as const }, 200);
      const view = await sessionView(c, p.user, p.kind === 'session' ? p.csrfToken : '');
      const token =
        p.kind === 'token'
          ? { orgId: p.token.orgId, scope: p.token.scope, prefix: p.token.prefix }
          : undefined;
      return c.json({ authenticated: true as const, ...view, ...(token ? { token } : {}) }, 200);
    },
  );
};
