import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { type Evidence, NimbusError } from '@nimbus/core';
import { type BlobStore, type Executor, insertEvidence, linkEvidence } from '@nimbus/storage';

// Scan results as automated evidence (`nimbus scan --upload`, and the demo's seeded scan): the CLI rolls its
// results up per ISO/IEC 27017 control and sends the counts with the results that did not pass; each control of
// the assessment that the scan covers gets one evidence item of kind `scan`, whose file is that control's part of
// the scan as JSON.

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

/** The body of POST /api/v1/orgs/{org}/assessments/{id}/scans, as `toScanUpload` of the scanner builds it. */
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

export type ScanUploadBody = z.infer<typeof ScanUpload>;
type ControlPart = ScanUploadBody['controls'][number];

/** `nimbus scan of infra/ (acme/platform@4f2c1e9): 2 failed, 14 passed, 1 unknown` */
export const scanEvidenceTitle = (upload: ScanUploadBody, part: ControlPart): string => {
  const { pass, fail, unknown, error } = part.counts;
  const counts = [`${fail} failed`, `${pass} passed`];
  if (unknown) counts.push(`${unknown} unknown`);
  if (error) counts.push(`${error} error${error === 1 ? '' : 's'}`);
  return `${upload.tool.name} scan of ${upload.source}: ${counts.join(', ')}`.slice(0, 200);
};

/** Refuses an upload for an assessment of another framework, or one that lists a control twice. */
export const checkScanUpload = (upload: ScanUploadBody, framework: string): void => {
  if (framework !== upload.framework)
    throw new NimbusError(
      'VALIDATION_FAILED',
      `framework: the assessment follows ${framework}, the scan reports ${upload.framework} controls`,
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
};

export interface ScanEvidenceItem {
  readonly evidence: Evidence;
  readonly controlId: string;
  readonly resultId: string;
}

export interface PreparedScanEvidence {
  /** One evidence row per control of the scan that the assessment has, in the scan's order. */
  readonly items: readonly ScanEvidenceItem[];
  /** Controls of the scan that the assessment does not have. */
  readonly unmatched: readonly string[];
  /** The counts of each matched control. */
  readonly counts: Readonly<Record<string, ControlPart['counts']>>;
}

/**
 * Stores each covered control's part of the scan (JSON) in the blob store and builds its evidence row, linked to
 * that control's result in `results`. Blobs come first: they are content-addressed, so a failure before the rows
 * are written leaves at most an unreferenced copy, never a row without its bytes. Writes no row.
 */
export const prepareScanEvidence = async (
  blobs: BlobStore,
  upload: ScanUploadBody,
  results: readonly { readonly id: string; readonly controlId: string }[],
  meta: { readonly orgId: string; readonly createdAt: string; readonly createdBy: string },
): Promise<PreparedScanEvidence> => {
  const byControl = new Map(results.map((r) => [r.controlId, r.id]));
  const items: ScanEvidenceItem[] = [];
  const unmatched: string[] = [];
  const counts: Record<string, ControlPart['counts']> = {};
  for (const part of upload.controls) {
    const resultId = byControl.get(part.controlId);
    if (resultId === undefined) {
      unmatched.push(part.controlId);
      continue;
    }
    const { scannedAt, source, tool, framework } = upload;
    const bytes = new TextEncoder().encode(
      `${JSON.stringify({ scannedAt, source, tool, framework, ...part }, null, 2)}\n`,
    );
    const { sha256, size } = await blobs.put(bytes);
    counts[part.controlId] = part.counts;
    items.push({
      controlId: part.controlId,
      resultId,
      evidence: {
        id: randomUUID(),
        orgId: meta.orgId,
        kind: 'scan',
        title: scanEvidenceTitle(upload, part),
        sha256,
        size,
        contentType: 'application/json',
        filename: `nimbus-scan-${scannedAt.slice(0, 10)}-${part.controlId}.json`,
        url: null,
        collectedAt: scannedAt.slice(0, 10),
        validUntil: null,
        ownerId: null,
        createdAt: meta.createdAt,
        createdBy: meta.createdBy,
        version: 1,
      },
    });
  }
  return { items, unmatched, counts };
};

/** Writes the evidence rows and links each to its control result, in the caller's transaction. */
export const insertScanEvidence = async (
  trx: Executor,
  orgId: string,
  items: readonly ScanEvidenceItem[],
): Promise<void> => {
  for (const item of items) {
    await insertEvidence(trx, item.evidence);
    await linkEvidence(trx, orgId, item.evidence.id, item.resultId);
  }
};

/** What the `scan.uploaded` audit event records: where the scan came from and its counts per control. */
export const scanAuditNote = (upload: ScanUploadBody, prepared: PreparedScanEvidence) => ({
  source: upload.source,
  scannedAt: upload.scannedAt,
  tool: `${upload.tool.name} ${upload.tool.version}`,
  controls: prepared.counts,
  evidenceIds: prepared.items.map((i) => i.evidence.id),
  ...(prepared.unmatched.length ? { unmatched: prepared.unmatched } : {}),
});
