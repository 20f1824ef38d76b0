import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { applyResultEdit, type ControlResult, NimbusError, RESULT_STATUSES } from '@nimbus/core';
import {
  type Executor,
  evidenceByResult,
  getAssessment,
  getMembership,
  getResult,
  insertComment,
  listComments,
  updateResult,
} from '@nimbus/storage';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { inTransaction, recordAudit } from '../audit/record.js';
import { notFound } from '../http/problem.js';
import { etag, requireIfMatch, versionConflict } from '../http/versioning.js';
import { resultView } from './assessment-view.js';
import { defineRoute, type Router } from './router.js';
import { Id, IsoDate, json, jsonBody, OrgParams, problemResponses, Text } from './schemas.js';

const Edit = z
  .strictObject({
    applicable: z.boolean(),
    justification: Text(4000),
    status: z.enum(RESULT_STATUSES),
    ownerId: Id.nullable(),
    dueDate: IsoDate.nullable(),
    implementation: Text(20000).openapi({ description: 'Markdown' }),
  })
  .partial();
type EditBody = z.infer<typeof Edit>;

const Params = OrgParams.extend({ resultId: Id });

/** Applies one edit at an expected version inside a transaction; throws on conflict or rule violations. */
const applyEdit = async (
  c: Context<AppEnv>,
  trx: Executor,
  resultId: string,
  expected: number,
  edit: EditBody,
  where = '',
): Promise<ControlResult> => {
  const orgId = c.get('org').id;
  const current = await getResult(trx, orgId, resultId);
  if (!current) throw notFound('control result', resultId);
  if (current.version !== expected) throw versionConflict(current, expected);
  if (edit.ownerId && !(await getMembership(trx, orgId, edit.ownerId))) {
    throw new NimbusError(
      'VALIDATION_FAILED',
      `${where}ownerId: "${edit.ownerId}" is not a member of this organization`,
    );
  }
  const { state, issues } = applyResultEdit(current, edit);
  if (issues.length) {
    throw new NimbusError(
      'VALIDATION_FAILED',
      issues.map((i) => `${where}${i.path}: ${i.message}`).join('; '),
      {
        errors: issues.map((i) => ({
          in: 'body',
          path: `${where}${i.path}`,
          code: 'rule',
          message: i.message,
        })),
      },
    );
  }
  const next: ControlResult = {
    ...state,
    version: current.version + 1,
    updatedAt: c.get('deps').now().toISOString(),
    updatedBy: c.get('principal')!.user.id,
  };
  if (!(await updateResult(trx, next, expected)))
    throw versionConflict(await getResult(trx, orgId, resultId), expected);
  await recordAudit(trx, c, {
    action: 'result.updated',
    targetType: 'control_result',
    targetId: resultId,
    before: current as never,
    after: next as never,
    note: { control: current.controlId, assessment: current.assessmentId },
  });
  return next;
};

export const registerResults = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'assessments:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/results/{resultId}',
        tags: ['assessments'],
        summary: 'One control result with its comments and evidence',
        request: { params: Params },
        responses: { 200: json(z.unknown()), ...problemResponses },
      },
    ),
    async (c) => {
      const { resultId } = c.req.valid('param');
      const { store, catalog } = c.get('deps');
      const orgId = c.get('org').id;
      const r = await getResult(store.db, orgId, resultId);
      if (!r) throw notFound('control result', resultId);
      const a = (await getAssessment(store.db, orgId, r.assessmentId))!;
      const evidence = (await evidenceByResult(store.db, orgId, a.id)).get(r.id) ?? [];
      return c.json(
        {
          ...resultView(catalog, a.framework, r, evidence),
          evidence,
          comments: await listComments(store.db, orgId, r.id),
        },
        200,
        { etag: etag(r.version) },
      );
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'assessments:write' },
      {
        method: 'patch',
        path: '/api/v1/orgs/{orgId}/results/{resultId}',
        tags: ['assessments'],
        summary:
          'Change a control result; If-Match must carry the version you read (409 returns the current state)',
        request: { params: Params, body: jsonBody(Edit) },
        responses: {
          200: json(z.unknown()),
          409: { description: 'Changed since you read it' },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { resultId } = c.req.valid('param');
      const expected = requireIfMatch(c);
      const next = await inTransaction(c, (trx) =>
        applyEdit(c, trx, resultId, expected, c.req.valid('json')),
      );
      return c.json(next, 200, { etag: etag(next.version) });
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'assessments:write' },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/assessments/{assessmentId}/results/bulk',
        tags: ['assessments'],
        summary: 'Change many results at once: all or nothing; each item names the version it read',
        request: {
          params: OrgParams.extend({ assessmentId: Id }),
          body: jsonBody(
            z.strictObject({
              updates: z
                .array(Edit.extend({ id: Id, version: z.number().int().positive() }))
                .min(1)
                .max(500),
            }),
          ),
        },
        responses: {
          200: json(z.object({ updated: z.array(z.unknown()) })),
          409: { description: 'One item was stale; nothing changed' },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { assessmentId } = c.req.valid('param');
      const { updates } = c.req.valid('json');
      const orgId = c.get('org').id;
      const updated = await inTransaction(c, async (trx) => {
        if (!(await getAssessment(trx, orgId, assessmentId))) throw notFound('assessment', assessmentId);
        const out: ControlResult[] = [];
        for (const [i, { id, version, ...edit }] of updates.entries()) {
          const r = await getResult(trx, orgId, id);
          if (!r || r.assessmentId !== assessmentId) throw notFound('control result', id);
          out.push(await applyEdit(c, trx, id, version, edit, `updates.${i}.`));
        }
        return out;
      });
      return c.json({ updated }, 200);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'comments:write' },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/results/{resultId}/comments',
        tags: ['assessments'],
        summary: 'Comment on a control result (auditors may comment)',
        request: { params: Params, body: jsonBody(z.strictObject({ body: Text(10000).trim().min(1) })) },
        responses: { 201: json(z.unknown(), 'Created'), ...problemResponses },
      },
    ),
    async (c) => {
      const { resultId } = c.req.valid('param');
      const { body } = c.req.valid('json');
      const orgId = c.get('org').id;
      const comment = await inTransaction(c, async (trx) => {
        if (!(await getResult(trx, orgId, resultId))) throw notFound('control result', resultId);
        const created = await insertComment(trx, {
          id: randomUUID(),
          orgId,
          controlResultId: resultId,
          authorId: c.get('principal')!.user.id,
          body,
          createdAt: c.get('deps').now().toISOString(),
        });
        await recordAudit(trx, c, {
          action: 'comment.created',
          targetType: 'control_result',
          targetId: resultId,
          after: { body },
        });
        return created;
      });
      return c.json(comment, 201);
    },
  );
};
