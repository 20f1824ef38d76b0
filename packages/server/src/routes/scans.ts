import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { type Evidence, NimbusError } from '@nimbus/core';
import { getAssessment, insertEvidence, linkEvidence, listResults } from '@nimbus/storage';
import { inTransaction, recordAudit } from '../audit/record.js';
import { notFound } from '../http/problem.js';
import { defineRoute, type Router } from './router.js';
import { Id, json, jsonBody, OrgParams, problemResponses } from './schemas.js';

// Scan results as automated evidence (`nimbus scan --upload`): the CLI rolls its results up per ISO/IEC 27017
// control and sends the counts with the results that did not pass; each control of the assessment that the scan
// covers gets one evidence item of kind `scan`, whose file is that control's part of the scan as JSON.

const Count = z.number().int().min(0).max(10_000_000);
const Line = z.number().int().min(1).max(100_000_000);

const ScanResultItem = z.strictObject({
  checkId: z.string().min(1).max(100),
  status: z.enum(['pass', 'fail', 'unknown', 'error']),
  severity: z.enum(['low', 'medium', 'high', 'critical']).optional(),
  resource: z.string().max(500).optional(),
  file: z.string().min(1).max(1000),
  line: Line,
  message: z.string().max(2000),
  suppressed: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: 'the reason, when a suppression covers it' }),
});

export const ScanUpload = z
  .strictObject({
    scannedAt: z.iso.datetime({ offset: true }),
    source: z
      .string()
      .min(1)
      .max(300)
      .openapi({ description: 'what was scanned: paths, a repository and commit' }),
    tool: z.strictObject({ name: z.string().min(1).max(50), version: z.string().min(1).max(50) }),
    framework: z.literal('iso27017:2015'),
    controls: z
      .array(
        z.strictObject({
          controlId: z.string().min(1).max(30),
          counts: z.strictObject({ pass: Count, fail: Count, unknown: Count, error: Count }),
          results: z
            .array(ScanResultItem)
            .max(500)
            .openapi({ description: 'results that did not pass (at most 500)' }),
        }),
      )
      .min(1)
      .max(200),
  })
  .openapi('ScanUpload');

type Upload = z.infer<typeof ScanUpload>;
type ControlPart = Upload['controls'][number];

const titleOf = (upload: Upload, part: ControlPart) => {
  const { pass, fail, unknown, error } = part.counts;
  const counts = [`${fail} failed`, `${pass} passed`];
  if (unknown) counts.push(`${unknown} unknown`);
  if (error) counts.push(`${error} error${error === 1 ? '' : 's'}`);
  return `${upload.tool.name} scan of ${upload.source}: ${counts.join(', ')}`.slice(0, 200);
};

export const registerScans = (router: Router) => {
  const { app } = router;
  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'evidence:write' },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/assessments/{assessmentId}/scans',
        tags: ['evidence'],
        summary:
          'Record scanner results as automated evidence on the control results they cover (one evidence item per control)',
        request: { params: OrgParams.extend({ assessmentId: Id }), body: jsonBody(ScanUpload) },
        responses: {
          201: json(
            z.object({
              evidence: z.array(
                z.object({ id: z.string(), controlId: z.string(), resultId: z.string(), title: z.string() }),
              ),
              unmatched: z
                .array(z.string())
                .openapi({ description: 'controls of the scan not in the assessment' }),
            }),
            'Recorded',
          ),
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { assessmentId } = c.req.valid('param');
      const upload = c.req.valid('json');
      const { store, blobs, now } = c.get('deps');
      const orgId = c.get('org').id;
      const a = await getAssessment(store.db, orgId, assessmentId);
      if (!a) throw notFound('assessment', assessmentId);
      if (a.framework !== upload.framework)
        throw new NimbusError(
          'VALIDATION_FAILED',
          `framework: the assessment follows ${a.framework}, the scan reports ${upload.framework} controls`,
        );
      const seen = new Set<string>();
      for (const [i, part] of upload.controls.entries()) {
        if (seen.has(part.controlId))
          throw new NimbusError(
            'VALIDATION_FAILED',
            `controls[${i}].controlId: ${part.controlId} is listed twice`,
          );
        seen.add(part.controlId);
      }
      const byControl = new Map((await listResults(store.db, orgId, a.id)).map((r) => [r.controlId, r]));
      const matched = upload.controls.filter((p) => byControl.has(p.controlId));
      const unmatched = upload.controls.filter((p) => !byControl.has(p.controlId)).map((p) => p.controlId);
      const createdAt = now().toISOString();
      const createdBy = c.get('principal')!.user.id;
      // Blobs first: they are content-addressed, so a failure below leaves at most an unreferenced copy, never
      // a row without its bytes.
      const items: { evidence: Evidence; resultId: string; controlId: string }[] = [];
      for (const part of matched) {
        const bytes = new TextEncoder().encode(
          `${JSON.stringify({ scannedAt: upload.scannedAt, source: upload.source, tool: upload.tool, framework: upload.framework, ...part }, null, 2)}\n`,
        );
        const { sha256, size } = await blobs.put(bytes);
        items.push({
          controlId: part.controlId,
          resultId: byControl.get(part.controlId)!.id,
          evidence: {
            id: randomUUID(),
            orgId,
            kind: 'scan',
            title: titleOf(upload, part),
            sha256,
            size,
            contentType: 'application/json',
            filename: `nimbus-scan-${upload.scannedAt.slice(0, 10)}-${part.controlId}.json`,
            url: null,
            collectedAt: upload.scannedAt.slice(0, 10),
            validUntil: null,
            ownerId: null,
            createdAt,
            createdBy,
            version: 1,
          },
        });
      }
      await inTransaction(c, async (trx) => {
        for (const item of items) {
          await insertEvidence(trx, item.evidence);
          await linkEvidence(trx, orgId, item.evidence.id, item.resultId);
        }
        await recordAudit(trx, c, {
          action: 'scan.uploaded',
          targetType: 'assessment',
          targetId: a.id,
          note: {
            source: upload.source,
            scannedAt: upload.scannedAt,
            tool: `${upload.tool.name} ${upload.tool.version}`,
            controls: Object.fromEntries(matched.map((p) => [p.controlId, p.counts])),
            evidenceIds: items.map((i) => i.evidence.id),
            ...(unmatched.length ? { unmatched } : {}),
          },
        });
      });
      return c.json(
        {
          evidence: items.map((i) => ({
            id: i.evidence.id,
            controlId: i.controlId,
            resultId: i.resultId,
            title: i.evidence.title,
          })),
          unmatched,
        },
        201,
      );
    },
  );
};
