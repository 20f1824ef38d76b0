import { Readable } from 'node:stream';
import { z } from '@hono/zod-openapi';
import { type Evidence, isInlinePreviewable, NimbusError } from '@nimbus/core';
import {
  deleteEvidence,
  type EvidenceFilter,
  evidenceLinks,
  getEvidence,
  getResult,
  linkEvidence,
  linksOfEvidence,
  listEvidenceFiltered,
  unlinkEvidence,
  updateEvidence,
} from '@nimbus/storage';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { inTransaction, recordAudit } from '../audit/record.js';
import { notFound } from '../http/problem.js';
import { checkVersion, etag, requireIfMatch, versionConflict } from '../http/versioning.js';
import { today } from './assessments.js';
import { registerEvidenceCreation } from './evidence-create.js';
import { CalendarDate, checkDates, checkOwner, EVIDENCE_KINDS, EvidenceTitle } from './evidence-fields.js';
import { contentDisposition } from './evidence-files.js';
import {
  addDays,
  EvidenceDetailSchema,
  EvidenceSchema,
  evidenceDetail,
  evidenceView,
} from './evidence-view.js';
import { defineRoute, type Router } from './router.js';
import { Id, json, jsonBody, OrgParams, problemResponses } from './schemas.js';

const Params = OrgParams.extend({ evidenceId: Id });
const LinkParams = OrgParams.extend({ resultId: Id, evidenceId: Id });

const ListQuery = z.strictObject({
  control: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'a control id such as 12.4.1 or CLD.9.5.2')
    .optional()
    .openapi({ description: 'evidence linked to any result of this control' }),
  ownerId: Id.optional(),
  kind: z.enum(EVIDENCE_KINDS).optional(),
  expiringWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .openapi({ description: 'validUntil between today and today + N days' }),
  expired: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: validUntil before today; false: no end date or not yet ended' }),
});

const Patch = z
  .strictObject({
    title: EvidenceTitle,
    collectedAt: CalendarDate.nullable(),
    validUntil: CalendarDate.nullable(),
    ownerId: Id.nullable().openapi({ description: 'a member of the organization, or null' }),
  })
  .partial();

const detailOf = async (c: Context<AppEnv>, e: Evidence) =>
  evidenceDetail(e, await evidenceLinks(c.get('deps').store.db, e.orgId, [e.id]), today(c));

/** The evidence library: list, read, edit, delete, download, and links to control results. */
export const registerEvidence = (router: Router) => {
  const { app } = router;
  registerEvidenceCreation(router);

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/evidence',
        tags: ['evidence'],
        summary: 'The evidence library, newest first, with filters',
        request: { params: OrgParams, query: ListQuery },
        responses: { 200: json(z.array(EvidenceSchema)), ...problemResponses },
      },
    ),
    async (c) => {
      const q = c.req.valid('query');
      const db = c.get('deps').store.db;
      const orgId = c.get('org').id;
      const day = today(c);
      const filter: EvidenceFilter = {
        ...(q.control ? { controlId: q.control } : {}),
        ...(q.ownerId ? { ownerId: q.ownerId } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.expiringWithinDays !== undefined
          ? { validFrom: day, validTo: addDays(day, q.expiringWithinDays) }
          : {}),
        ...(q.expired === 'true' ? { validBefore: day } : {}),
        ...(q.expired === 'false' ? { notExpiredOn: day } : {}),
      };
      const items = await listEvidenceFiltered(db, orgId, filter);
      const links = await evidenceLinks(
        db,
        orgId,
        items.map((e) => e.id),
      );
      const byEvidence = new Map<string, string[]>();
      for (const l of links)
        byEvidence.set(l.evidenceId, [...(byEvidence.get(l.evidenceId) ?? []), l.resultId]);
      return c.json(
        items.map((e) => evidenceView(e, byEvidence.get(e.id) ?? [], day)),
        200,
      );
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/evidence/{evidenceId}',
        tags: ['evidence'],
        summary: 'One evidence item with the control results it is linked to',
        request: { params: Params },
        responses: { 200: json(EvidenceDetailSchema), ...problemResponses },
      },
    ),
    async (c) => {
      const { evidenceId } = c.req.valid('param');
      const e = await getEvidence(c.get('deps').store.db, c.get('org').id, evidenceId);
      if (!e) throw notFound('evidence', evidenceId);
      return c.json(await detailOf(c, e), 200, { etag: etag(e.version) });
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:write' },
      {
        method: 'patch',
        path: '/api/v1/orgs/{orgId}/evidence/{evidenceId}',
        tags: ['evidence'],
        summary: 'Change title, dates or owner (send If-Match with the version you read)',
        request: { params: Params, body: jsonBody(Patch) },
        responses: {
          200: json(EvidenceDetailSchema),
          409: { description: 'Changed since you read it' },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { evidenceId } = c.req.valid('param');
      const body = c.req.valid('json');
      const expected = requireIfMatch(c);
      const orgId = c.get('org').id;
      const updated = await inTransaction(c, async (trx) => {
        const current = await getEvidence(trx, orgId, evidenceId);
        if (!current) throw notFound('evidence', evidenceId);
        checkVersion(current, expected);
        const next: Evidence = { ...current, ...body, version: current.version + 1 };
        checkDates(next.collectedAt, next.validUntil);
        if (body.ownerId !== undefined) await checkOwner(trx, orgId, body.ownerId);
        if (!(await updateEvidence(trx, next, expected)))
          throw versionConflict(await getEvidence(trx, orgId, evidenceId), expected);
        await recordAudit(trx, c, {
          action: 'evidence.updated',
          targetType: 'evidence',
          targetId: evidenceId,
          before: current as never,
          after: next as never,
        });
        return next;
      });
      return c.json(await detailOf(c, updated), 200, { etag: etag(updated.version) });
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:write' },
      {
        method: 'delete',
        path: '/api/v1/orgs/{orgId}/evidence/{evidenceId}',
        tags: ['evidence'],
        summary: 'Delete evidence and its links (the stored file stays: files are shared by hash)',
        request: { params: Params },
        responses: { 204: { description: 'Deleted' }, ...problemResponses },
      },
    ),
    async (c) => {
      const { evidenceId } = c.req.valid('param');
      const orgId = c.get('org').id;
      await inTransaction(c, async (trx) => {
        const current = await getEvidence(trx, orgId, evidenceId);
        if (!current) throw notFound('evidence', evidenceId);
        const resultIds = await linksOfEvidence(trx, orgId, evidenceId);
        for (const resultId of resultIds) await unlinkEvidence(trx, orgId, evidenceId, resultId);
        if (!(await deleteEvidence(trx, orgId, evidenceId))) throw notFound('evidence', evidenceId);
        await recordAudit(trx, c, {
          action: 'evidence.deleted',
          targetType: 'evidence',
          targetId: evidenceId,
          before: current as never,
          ...(resultIds.length ? { note: { resultIds } } : {}),
        });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/evidence/{evidenceId}/download',
        tags: ['evidence'],
        summary:
          'Download an evidence file (as an attachment; the ETag is its SHA-256). `inline=true` shows PDFs and raster images in the page that asked for them',
        request: {
          params: Params,
          query: z.strictObject({ inline: z.enum(['true', 'false']).default('false') }),
        },
        responses: {
          200: {
            description: 'The stored bytes',
            content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
          },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { evidenceId } = c.req.valid('param');
      const { store, blobs } = c.get('deps');
      const e = await getEvidence(store.db, c.get('org').id, evidenceId);
      if (!e) throw notFound('evidence', evidenceId);
      if (e.kind === 'link')
        throw new NimbusError('INVALID_ARGUMENT', `evidence "${evidenceId}" is a link, not a file: ${e.url}`);
      // Files and scans (whose stored JSON is the control's part of the scan) have bytes to download.
      if (!e.sha256) throw new NimbusError('INVALID_ARGUMENT', `evidence "${evidenceId}" has no stored file`);
      const sha256 = e.sha256;
      const size = (await blobs.has(sha256)) ? await blobs.size(sha256) : null;
      if (size === null || (e.size !== null && size !== e.size)) {
        throw new NimbusError(
          'INTEGRITY_FAILED',
          `the stored file of evidence "${evidenceId}" (SHA-256 ${sha256}) is ${size === null ? 'missing' : 'damaged'}; run evidence verification`,
        );
      }
      const filename = e.filename ?? `${sha256}`;
      // Only types a browser renders without running content may be shown inline; everything else downloads.
      const inline = c.req.valid('query').inline === 'true' && isInlinePreviewable(e.contentType);
      await inTransaction(c, (trx) =>
        recordAudit(trx, c, {
          action: 'evidence.downloaded',
          targetType: 'evidence',
          targetId: evidenceId,
          note: { sha256, filename, size },
        }),
      );
      return c.body(Readable.toWeb(blobs.read(sha256)) as ReadableStream<Uint8Array>, 200, {
        'content-type': e.contentType ?? 'application/octet-stream',
        'content-disposition': contentDisposition(filename, inline ? 'inline' : 'attachment'),
        ...(inline
          ? {
              'content-security-policy':
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
            }
          : {}),
        'content-length': String(size),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        etag: `"${sha256}"`,
        'x-evidence-sha256': sha256,
      });
    },
  );

  const linkRoute = (method: 'put' | 'delete') =>
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:write' },
      {
        method,
        path: '/api/v1/orgs/{orgId}/results/{resultId}/evidence/{evidenceId}',
        tags: ['evidence'],
        summary:
          method === 'put'
            ? 'Link evidence to a control result (repeating it changes nothing)'
            : 'Unlink evidence from a control result (the evidence stays in the library)',
        request: { params: LinkParams },
        responses: { 200: json(EvidenceDetailSchema), ...problemResponses },
      },
    );

  /** Links or unlinks inside one transaction; audits only a real change, so repeating is harmless. */
  const changeLink = async (c: Context<AppEnv>, link: boolean, resultId: string, evidenceId: string) => {
    const orgId = c.get('org').id;
    const e = await inTransaction(c, async (trx) => {
      const evidence = await getEvidence(trx, orgId, evidenceId);
      if (!evidence) throw notFound('evidence', evidenceId);
      const result = await getResult(trx, orgId, resultId);
      if (!result) throw notFound('control result', resultId);
      const linked = (await linksOfEvidence(trx, orgId, evidenceId)).includes(resultId);
      if (linked === link) return evidence;
      if (link) await linkEvidence(trx, orgId, evidenceId, resultId);
      else await unlinkEvidence(trx, orgId, evidenceId, resultId);
      await recordAudit(trx, c, {
        action: link ? 'evidence.linked' : 'evidence.unlinked',
        targetType: 'evidence',
        targetId: evidenceId,
        note: { resultId, controlId: result.controlId, assessmentId: result.assessmentId },
      });
      return evidence;
    });
    return detailOf(c, e);
  };

  app.openapi(linkRoute('put'), async (c) => {
    const { resultId, evidenceId } = c.req.valid('param');
    return c.json(await changeLink(c, true, resultId, evidenceId), 200);
  });
  app.openapi(linkRoute('delete'), async (c) => {
    const { resultId, evidenceId } = c.req.valid('param');
    return c.json(await changeLink(c, false, resultId, evidenceId), 200);
  });
};
