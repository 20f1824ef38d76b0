import { z } from '@hono/zod-openapi';
import { listAudit, verifyChain } from '@nimbus/storage';
import { defineRoute, type Router } from './router.js';
import { json, OrgParams, problemResponses } from './schemas.js';

const Event = z
  .object({
    id: z.string(),
    seq: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    changes: z.unknown(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('AuditEvent');

const Timestamp = z.string().datetime({ offset: true });

export const registerAudit = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'audit:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/audit',
        tags: ['audit'],
        summary: 'The audit trail, newest first, with filters; page with `before`',
        request: {
          params: OrgParams,
          query: z.strictObject({
            action: z
              .string()
              .max(100)
              .optional()
              .openapi({ description: 'action prefix, e.g. "assessment." or "auth.login"' }),
            actor: z.string().uuid().optional(),
            targetType: z.string().max(50).optional(),
            targetId: z.string().max(100).optional(),
            from: Timestamp.optional(),
            to: Timestamp.optional(),
            before: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
        },
        responses: {
          200: json(z.object({ events: z.array(Event), nextBefore: z.number().nullable() })),
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const q = c.req.valid('query');
      const events = await listAudit(c.get('deps').store.db, c.get('org').id, {
        ...(q.action ? { action: q.action } : {}),
        ...(q.actor ? { actorId: q.actor } : {}),
        ...(q.targetType ? { targetType: q.targetType } : {}),
        ...(q.targetId ? { targetId: q.targetId } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.before ? { before: q.before } : {}),
        limit: q.limit,
      });
      const nextBefore = events.length === q.limit ? (events.at(-1)?.seq ?? null) : null;
      return c.json({ events, nextBefore }, 200);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'audit:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/audit/verify',
        tags: ['audit'],
        summary: "Recompute this organization's hash chain and name the first broken entry",
        request: { params: OrgParams },
        responses: {
          200: json(
            z.object({
              ok: z.boolean(),
              events: z.number(),
              broken: z.object({ seq: z.number(), id: z.string(), reason: z.string() }).nullable(),
            }),
          ),
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const result = await verifyChain(c.get('deps').store.db, c.get('org').id);
      return c.json(
        {
          ok: !result.broken,
          events: result.events,
          broken: result.broken
            ? { seq: result.broken.seq, id: result.broken.id, reason: result.broken.reason }
            : null,
        },
        200,
      );
    },
  );
};
