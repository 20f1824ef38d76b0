import { z } from '@hono/zod-openapi';
import { getAssessment, listResults } from '@nimbus/storage';
import { inTransaction, recordAudit } from '../audit/record.js';
import {
  checkScanUpload,
  insertScanEvidence,
  prepareScanEvidence,
  ScanUpload,
  scanAuditNote,
} from '../evidence/scan-evidence.js';
import { notFound } from '../http/problem.js';
import { defineRoute, type Router } from './router.js';
import { Id, json, jsonBody, OrgParams, problemResponses } from './schemas.js';

// Scan results as automated evidence (`nimbus scan --upload`): the evidence itself is built by
// evidence/scan-evidence.ts, which the demo seed uses too; this route checks access, writes and audits.

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
      // The schema takes ISO/IEC 27017:2015 uploads only, but an assessment may follow any framework that can be
      // assessed (ISO/IEC 27002:2022 numbers its controls differently): checkScanUpload refuses those.
      checkScanUpload(upload, a.framework);
      const prepared = await prepareScanEvidence(blobs, upload, await listResults(store.db, orgId, a.id), {
        orgId,
        createdAt: now().toISOString(),
        createdBy: c.get('principal')!.user.id,
      });
      await inTransaction(c, async (trx) => {
        await insertScanEvidence(trx, orgId, prepared.items);
        await recordAudit(trx, c, {
          action: 'scan.uploaded',
          targetType: 'assessment',
          targetId: a.id,
          note: scanAuditNote(upload, prepared),
        });
      });
      return c.json(
        {
          evidence: prepared.items.map((i) => ({
            id: i.evidence.id,
            controlId: i.controlId,
            resultId: i.resultId,
            title: i.evidence.title,
          })),
          unmatched: [...prepared.unmatched],
        },
        201,
      );
    },
  );
};
