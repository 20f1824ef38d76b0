import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { type Evidence, NimbusError } from '@nimbus/core';
import { evidenceLinks, insertEvidence, linkEvidence } from '@nimbus/storage';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { inTransaction, recordAudit } from '../audit/record.js';
import { validationHook } from '../http/validation-hook.js';
import { etag } from '../http/versioning.js';
import { today } from './assessments.js';
import {
  CalendarDate,
  checkDates,
  checkOwner,
  checkResults,
  EvidenceTitle,
  EvidenceUrl,
  ResultIds,
} from './evidence-fields.js';
import { sanitizeFilename, sniffContentType } from './evidence-files.js';
import { EvidenceDetailSchema, evidenceDetail } from './evidence-view.js';
import { defineRoute, type Router } from './router.js';
import { Id, json, jsonBody, OrgParams, problemResponses } from './schemas.js';

/** Browsers send empty form fields as ""; an empty optional part means "not given". */
const optionalPart = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Result ids from repeated parts and/or comma-separated values. */
const splitIds = (v: unknown) => {
  if (v === undefined) return undefined;
  const parts = Array.isArray(v) ? v : [v];
  return parts
    .flatMap((p) => (typeof p === 'string' ? p.split(',') : [p]))
    .map((p) => (typeof p === 'string' ? p.trim() : p))
    .filter((p) => p !== '');
};

const UploadForm = z.strictObject({
  file: z
    .custom<File>((v) => v instanceof File, 'required: exactly one file, sent as the multipart part "file"')
    .openapi({ type: 'string', format: 'binary' }),
  title: optionalPart(EvidenceTitle).openapi({ description: 'defaults to the file name' }),
  collectedAt: optionalPart(CalendarDate),
  validUntil: optionalPart(CalendarDate),
  ownerId: optionalPart(Id).openapi({ description: 'a member of the organization' }),
  resultIds: z.preprocess(splitIds, ResultIds.optional()).openapi({
    description: 'control results of this organization to link: repeat the part or separate ids with commas',
  }),
});

const LinkBody = z.strictObject({
  title: EvidenceTitle,
  url: EvidenceUrl,
  collectedAt: CalendarDate.optional(),
  validUntil: CalendarDate.optional(),
  ownerId: Id.optional().openapi({ description: 'a member of the organization' }),
  resultIds: ResultIds.optional(),
});

/** The multipart route takes no url-encoded forms: they cannot carry a file. */
const multipartOnlyHook = (result: Parameters<typeof validationHook>[0], c: Context<AppEnv>) => {
  if (/^application\/x-www-form-urlencoded/i.test(c.req.header('content-type') ?? '')) {
    throw new NimbusError('UNSUPPORTED_MEDIA_TYPE', 'send the file as multipart/form-data');
  }
  return validationHook(result, c);
};

/** The new row, its links and the audit event, in one transaction; references are checked inside it. */
const saveEvidence = (c: Context<AppEnv>, evidence: Evidence, resultIds: readonly string[]) =>
  inTransaction(c, async (trx) => {
    const orgId = evidence.orgId;
    await checkOwner(trx, orgId, evidence.ownerId);
    const linked = await checkResults(trx, orgId, resultIds);
    await insertEvidence(trx, evidence);
    for (const resultId of linked) await linkEvidence(trx, orgId, evidence.id, resultId);
    const { kind, title, sha256, filename, size, contentType, url, collectedAt, validUntil, ownerId } =
      evidence;
    await recordAudit(trx, c, {
      action: 'evidence.created',
      targetType: 'evidence',
      targetId: evidence.id,
      after: { kind, title, sha256, filename, size, contentType, url, collectedAt, validUntil, ownerId },
      ...(linked.length ? { note: { resultIds: linked } } : {}),
    });
    return evidenceDetail(evidence, await evidenceLinks(trx, orgId, [evidence.id]), today(c));
  });

const newEvidence = (c: Context<AppEnv>, fields: Partial<Evidence> & Pick<Evidence, 'kind' | 'title'>) => ({
  id: randomUUID(),
  orgId: c.get('org').id,
  sha256: null,
  size: null,
  contentType: null,
  filename: null,
  url: null,
  collectedAt: null,
  validUntil: null,
  ownerId: null,
  createdAt: c.get('deps').now().toISOString(),
  createdBy: c.get('principal')!.user.id,
  version: 1,
  ...fields,
});

/** POST /evidence (a file upload) and POST /evidence/links (a URL). */
export const registerEvidenceCreation = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:write' },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/evidence',
        tags: ['evidence'],
        summary:
          'Upload an evidence file (multipart/form-data); its type is sniffed from the bytes and it is stored by SHA-256',
        request: {
          params: OrgParams,
          body: { required: true, content: { 'multipart/form-data': { schema: UploadForm } } },
        },
        responses: {
          201: json(EvidenceDetailSchema, 'Created'),
          413: { description: 'The file is larger than the upload limit' },
          415: { description: 'Not multipart/form-data' },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const form = c.req.valid('form');
      const { store, blobs, config } = c.get('deps');
      const orgId = c.get('org').id;
      const { file } = form;
      if (file.size > config.maxUploadBytes) {
        throw new NimbusError(
          'PAYLOAD_TOO_LARGE',
          `the file is ${file.size} bytes; the limit is ${config.maxUploadBytes}`,
          { limit: config.maxUploadBytes },
        );
      }
      if (file.size === 0) {
        throw new NimbusError('VALIDATION_FAILED', 'file: the file is empty', {
          errors: [{ in: 'body', path: 'file', code: 'custom', message: 'the file is empty' }],
        });
      }
      const collectedAt = form.collectedAt ?? null;
      const validUntil = form.validUntil ?? null;
      checkDates(collectedAt, validUntil);
      // Checked before the bytes are written, and again inside the transaction.
      await checkOwner(store.db, orgId, form.ownerId);
      const resultIds = await checkResults(store.db, orgId, form.resultIds ?? []);

      const bytes = new Uint8Array(await file.arrayBuffer());
      const contentType = await sniffContentType(bytes);
      const filename = sanitizeFilename(file.name);
      const { sha256, size } = await blobs.put(bytes);
      const evidence: Evidence = newEvidence(c, {
        kind: 'file',
        title: form.title ?? filename,
        sha256,
        size,
        contentType,
        filename,
        collectedAt,
        validUntil,
        ownerId: form.ownerId ?? null,
      });
      const view = await saveEvidence(c, evidence, resultIds);
      return c.json(view, 201, { etag: etag(view.version) });
    },
    multipartOnlyHook as never,
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:write' },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/evidence/links',
        tags: ['evidence'],
        summary: 'Record a link (http or https URL) as evidence',
        request: { params: OrgParams, body: jsonBody(LinkBody) },
        responses: { 201: json(EvidenceDetailSchema, 'Created'), ...problemResponses },
      },
    ),
    async (c) => {
      const body = c.req.valid('json');
      const collectedAt = body.collectedAt ?? null;
      const validUntil = body.validUntil ?? null;
      checkDates(collectedAt, validUntil);
      const evidence: Evidence = newEvidence(c, {
        kind: 'link',
        title: body.title,
        url: body.url,
        collectedAt,
        validUntil,
        ownerId: body.ownerId ?? null,
      });
      const view = await saveEvidence(c, evidence, body.resultIds ?? []);
      return c.json(view, 201, { etag: etag(view.version) });
    },
  );
};
