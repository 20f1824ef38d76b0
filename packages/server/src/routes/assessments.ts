import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { type Assessment, type ControlResult, NimbusError, PERSPECTIVES } from '@nimbus/core';
import {
  deleteAssessment,
  evidenceByResult,
  getAssessment,
  getAssessmentWithRevision,
  getMembership,
  getService,
  insertAssessment,
  listAssessments,
  listResults,
  updateAssessment,
} from '@nimbus/storage';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { inTransaction, recordAudit } from '../audit/record.js';
import { notFound } from '../http/problem.js';
import { acceptsGzip, cachedJson, responseCacheFor } from '../http/response-cache.js';
import { checkVersion, etag, ifNoneMatch, requireIfMatch, versionConflict } from '../http/versioning.js';
import { assessmentProgress, resultView } from './assessment-view.js';
import { defineRoute, type Router } from './router.js';
import { Id, IsoDate, json, jsonBody, Name, OrgParams, problemResponses } from './schemas.js';

const AssessmentSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    framework: z.string(),
    perspective: z.enum(PERSPECTIVES),
    scope: z.array(z.string()),
    ownerId: z.string().nullable(),
    targetDate: z.string().nullable(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Assessment');

const Params = OrgParams.extend({ assessmentId: Id });

/** Checks that referenced services and the owner belong to this organization. */
const checkRefs = async (
  c: Context<AppEnv>,
  scope: readonly string[] | undefined,
  ownerId: string | null | undefined,
) => {
  const { store } = c.get('deps');
  const orgId = c.get('org').id;
  for (const id of scope ?? []) {
    if (!(await getService(store.db, orgId, id)))
      throw new NimbusError('VALIDATION_FAILED', `scope: no cloud service "${id}" in this organization`);
  }
  if (ownerId && !(await getMembership(store.db, orgId, ownerId))) {
    throw new NimbusError('VALIDATION_FAILED', `ownerId: "${ownerId}" is not a member of this organization`);
  }
};

export const today = (c: Context<AppEnv>) => c.get('deps').now().toISOString().slice(0, 10);

export const registerAssessments = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'assessments:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/assessments',
        tags: ['assessments'],
        summary: 'Assessments with their overall progress',
        request: { params: OrgParams },
        responses: {
          200: json(z.array(AssessmentSchema.extend({ progress: z.unknown() }))),
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { store, catalog } = c.get('deps');
      const orgId = c.get('org').id;
      const list = await listAssessments(store.db, orgId);
      const out = [];
      for (const a of list) {
        const results = await listResults(store.db, orgId, a.id);
        out.push({ ...a, progress: assessmentProgress(catalog, a, results, today(c)).overall });
      }
      return c.json(out, 200);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'assessments:write' },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/assessments',
        tags: ['assessments'],
        summary: 'Start an assessment: one control result per control of the framework',
        request: {
          params: OrgParams,
          body: jsonBody(
            z.strictObject({
              name: Name,
              framework: z.string().max(60).default('iso27017:2015'),
              perspective: z.enum(PERSPECTIVES),
              scope: z.array(Id).max(200).default([]),
              ownerId: Id.nullable().default(null),
              targetDate: IsoDate.nullable().default(null),
            }),
          ),
        },
        responses: { 201: json(AssessmentSchema, 'Created'), ...problemResponses },
      },
    ),
    async (c) => {
      const body = c.req.valid('json');
      const { catalog, now } = c.get('deps');
      const fw = catalog.frameworks.find((f) => f.id === body.framework && !f.referenceOnly);
      if (!fw) {
        throw new NimbusError(
          'VALIDATION_FAILED',
          `framework: "${body.framework}" cannot be assessed; use one of ${catalog.frameworks
            .filter((f) => !f.referenceOnly)
            .map((f) => f.id)
            .join(', ')}`,
        );
      }
      await checkRefs(c, body.scope, body.ownerId);
      const at = now().toISOString();
      const orgId = c.get('org').id;
      const a: Assessment = {
        id: randomUUID(),
        orgId,
        ...body,
        framework: fw.id,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      const results: ControlResult[] = fw.controls.map((control, position) => ({
        id: randomUUID(),
        orgId,
        assessmentId: a.id,
        controlId: control.id,
        position,
        applicable: true,
        justification: '',
        status: 'not-assessed',
        ownerId: null,
        dueDate: null,
        implementation: '',
        version: 1,
        updatedAt: at,
        updatedBy: null,
      }));
      await inTransaction(c, async (trx) => {
        await insertAssessment(trx, a, results);
        await recordAudit(trx, c, {
          action: 'assessment.created',
          targetType: 'assessment',
          targetId: a.id,
          after: {
            name: a.name,
            framework: a.framework,
            perspective: a.perspective,
            controls: results.length,
          },
        });
      });
      return c.json(a, 201, { etag: etag(a.version) });
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'assessments:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/assessments/{assessmentId}',
        tags: ['assessments'],
        summary: 'An assessment with every control result and its derived progress',
        request: { params: Params },
        responses: {
          200: json(AssessmentSchema.extend({ results: z.array(z.unknown()), progress: z.unknown() })),
          304: { description: 'Not modified: If-None-Match names the current ETag' },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { assessmentId } = c.req.valid('param');
      const { store, catalog } = c.get('deps');
      const orgId = c.get('org').id;
      const found = await getAssessmentWithRevision(store.db, orgId, assessmentId);
      if (!found) throw notFound('assessment', assessmentId);
      const { assessment: a, revision } = found;
      // The version covers the assessment's own fields, the revision its results and their evidence, the day
      // the derived progress (overdue counts): together they name this representation exactly.
      const day = today(c);
      const tag = etag(a.version, revision, day);
      const headers = { etag: tag, 'cache-control': 'private, no-cache', vary: 'accept-encoding' };
      if (ifNoneMatch(c, tag)) return c.body(null, 304, headers);
      const { body, encoding } = await cachedJson(
        responseCacheFor(store),
        `${orgId}/${a.id}/${a.version}/${revision}/${day}`,
        acceptsGzip(c),
        async () => {
          const [results, evidence] = await Promise.all([
            listResults(store.db, orgId, a.id),
            evidenceByResult(store.db, orgId, a.id),
          ]);
          return {
            ...a,
            results: results.map((r) => resultView(catalog, a.framework, r, evidence.get(r.id))),
            progress: assessmentProgress(catalog, a, results, day),
          };
        },
      );
      // Served from its serialized form: the JSON was built (and checked by type) when it was cached.
      return c.body(body, 200, {
        ...headers,
        'content-type': 'application/json',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      }) as never;
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'assessments:write' },
      {
        method: 'patch',
        path: '/api/v1/orgs/{orgId}/assessments/{assessmentId}',
        tags: ['assessments'],
        summary: 'Change name, perspective, scope, owner or target date (If-Match required)',
        request: {
          params: Params,
          body: jsonBody(
            z
              .strictObject({
                name: Name,
                perspective: z.enum(PERSPECTIVES),
                scope: z.array(Id).max(200),
                ownerId: Id.nullable(),
                targetDate: IsoDate.nullable(),
              })
              .partial(),
          ),
        },
        responses: {
          200: json(AssessmentSchema),
          409: { description: 'Changed since you read it' },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { assessmentId } = c.req.valid('param');
      const body = c.req.valid('json');
      const expected = requireIfMatch(c);
      await checkRefs(c, body.scope, body.ownerId);
      const orgId = c.get('org').id;
      const next = await inTransaction(c, async (trx) => {
        const current = await getAssessment(trx, orgId, assessmentId);
        if (!current) throw notFound('assessment', assessmentId);
        checkVersion(current, expected);
        const updated: Assessment = {
          ...current,
          ...body,
          version: current.version + 1,
          updatedAt: c.get('deps').now().toISOString(),
        };
        if (!(await updateAssessment(trx, updated, expected)))
          throw versionConflict(await getAssessment(trx, orgId, assessmentId), expected);
        await recordAudit(trx, c, {
          action: 'assessment.updated',
          targetType: 'assessment',
          targetId: assessmentId,
          before: current as never,
          after: updated as never,
        });
        return updated;
      });
      return c.json(next, 200, { etag: etag(next.version) });
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'assessments:delete' },
      {
        method: 'delete',
        path: '/api/v1/orgs/{orgId}/assessments/{assessmentId}',
        tags: ['assessments'],
        summary: 'Delete an assessment and its results (evidence stays in the library)',
        request: { params: Params },
        responses: { 204: { description: 'Deleted' }, ...problemResponses },
      },
    ),
    async (c) => {
      const { assessmentId } = c.req.valid('param');
      const orgId = c.get('org').id;
      await inTransaction(c, async (trx) => {
        const current = await getAssessment(trx, orgId, assessmentId);
        if (!current || !(await deleteAssessment(trx, orgId, assessmentId)))
          throw notFound('assessment', assessmentId);
        await recordAudit(trx, c, {
          action: 'assessment.deleted',
          targetType: 'assessment',
          targetId: assessmentId,
          before: { name: current.name },
        });
      });
      return c.body(null, 204);
    },
  );
};
