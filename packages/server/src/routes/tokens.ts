import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { NimbusError } from '@nimbus/core';
import { getToken, insertToken, listTokens, revokeToken } from '@nimbus/storage';
import { inTransaction, recordAudit } from '../audit/record.js';
import { newApiToken } from '../auth/secrets.js';
import { defineRoute, type Router } from './router.js';
import { Id, json, jsonBody, Name, OrgParams, problemResponses } from './schemas.js';

const Token = z
  .object({
    id: z.string(),
    orgId: z.string(),
    userId: z.string(),
    name: z.string(),
    prefix: z.string(),
    scope: z.enum(['read', 'write']),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

export const registerTokens = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'tokens:manage' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/tokens',
        tags: ['tokens'],
        summary: 'Your API tokens in this organization (never the secrets)',
        request: { params: OrgParams },
        responses: { 200: json(z.array(Token)), ...problemResponses },
      },
    ),
    async (c) =>
      c.json(await listTokens(c.get('deps').store.db, c.get('org').id, c.get('principal')!.user.id), 200),
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'tokens:manage', sessionOnly: true },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/tokens',
        tags: ['tokens'],
        summary: 'Create an API token; the secret is in this response only',
        request: {
          params: OrgParams,
          body: jsonBody(
            z.strictObject({
              name: Name,
              scope: z.enum(['read', 'write']),
              expiresInDays: z.number().int().min(1).max(366).default(90),
            }),
          ),
        },
        responses: {
          201: json(Token.extend({ token: z.string() }), 'Created: store the token now'),
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const body = c.req.valid('json');
      const { now } = c.get('deps');
      const org = c.get('org');
      if (body.scope === 'write' && (org.role === 'auditor' || org.role === 'viewer')) {
        throw new NimbusError('FORBIDDEN', `your role (${org.role}) can only create read tokens`);
      }
      const secret = newApiToken();
      const created = now();
      const token = await inTransaction(c, async (trx) => {
        const t = await insertToken(trx, {
          id: randomUUID(),
          org_id: org.id,
          user_id: c.get('principal')!.user.id,
          name: body.name,
          token_hash: secret.hash,
          prefix: secret.prefix,
          scope: body.scope,
          created_at: created.toISOString(),
          expires_at: new Date(created.getTime() + body.expiresInDays * 86_400_000).toISOString(),
          revoked_at: null,
          last_used_at: null,
        });
        await recordAudit(trx, c, {
          action: 'token.created',
          targetType: 'api_token',
          targetId: t.id,
          after: { name: t.name, scope: t.scope, prefix: t.prefix, expiresAt: t.expiresAt },
        });
        return t;
      });
      return c.json({ ...token, token: secret.token }, 201);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'tokens:manage' },
      {
        method: 'delete',
        path: '/api/v1/orgs/{orgId}/tokens/{tokenId}',
        tags: ['tokens'],
        summary: 'Revoke an API token (yours; owners and admins can revoke any)',
        request: { params: OrgParams.extend({ tokenId: Id }) },
        responses: { 204: { description: 'Revoked' }, ...problemResponses },
      },
    ),
    async (c) => {
      const { tokenId } = c.req.valid('param');
      const org = c.get('org');
      const { now } = c.get('deps');
      await inTransaction(c, async (trx) => {
        const t = await getToken(trx, org.id, tokenId);
        const mine = t?.userId === c.get('principal')!.user.id;
        if (!t || (!mine && org.role !== 'owner' && org.role !== 'admin')) {
          throw new NimbusError('NOT_FOUND', `no API token "${tokenId}"`);
        }
        await revokeToken(trx, org.id, tokenId, now().toISOString());
        await recordAudit(trx, c, {
          action: 'token.revoked',
          targetType: 'api_token',
          targetId: tokenId,
          note: { name: t.name, prefix: t.prefix },
        });
      });
      return c.body(null, 204);
    },
  );
};
