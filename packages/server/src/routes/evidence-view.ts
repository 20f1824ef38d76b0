import { z } from '@hono/zod-openapi';
import type { Evidence } from '@nimbus/core';
import type { EvidenceLink } from '@nimbus/storage';
import { EVIDENCE_KINDS } from './evidence-fields.js';

/** How evidence is shown: the stored row, its links and whether it is still valid. */

export const EXPIRY_STATES = ['none', 'valid', 'expiring', 'expired'] as const;
export type ExpiryState = (typeof EXPIRY_STATES)[number];

/** Evidence whose validity ends within this many days is "expiring". */
export const EXPIRING_DAYS = 30;

/** The date N days after a YYYY-MM-DD date. */
export const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const expiryOf = (validUntil: string | null, today: string): ExpiryState => {
  if (!validUntil) return 'none';
  if (validUntil < today) return 'expired';
  return validUntil <= addDays(today, EXPIRING_DAYS) ? 'expiring' : 'valid';
};

export const EvidenceSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    kind: z.enum(EVIDENCE_KINDS),
    title: z.string(),
    sha256: z.string().nullable().openapi({ description: 'SHA-256 of the file (files only)' }),
    size: z.number().nullable(),
    contentType: z.string().nullable().openapi({ description: 'sniffed from the bytes, never the client' }),
    filename: z.string().nullable(),
    url: z.string().nullable(),
    collectedAt: z.string().nullable(),
    validUntil: z.string().nullable(),
    ownerId: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    version: z.number(),
    linkedResults: z.array(z.string()).openapi({ description: 'ids of the linked control results' }),
    expiry: z.enum(EXPIRY_STATES).openapi({
      description: `none: no end date; expiring: ends within ${EXPIRING_DAYS} days; expired: ended before today`,
    }),
  })
  .openapi('Evidence');

const LinkSchema = z.object({ resultId: z.string(), controlId: z.string(), assessmentId: z.string() });

export const EvidenceDetailSchema = EvidenceSchema.extend({ links: z.array(LinkSchema) }).openapi(
  'EvidenceDetail',
);

export const evidenceView = (e: Evidence, resultIds: readonly string[], today: string) => ({
  ...e,
  linkedResults: [...resultIds],
  expiry: expiryOf(e.validUntil, today),
});

/** One evidence item with its links (the given links may include other evidence's; only its own are kept). */
export const evidenceDetail = (e: Evidence, links: readonly EvidenceLink[], today: string) => {
  const own = links.filter((l) => l.evidenceId === e.id);
  return {
    ...evidenceView(
      e,
      own.map((l) => l.resultId),
      today,
    ),
    links: own.map(({ resultId, controlId, assessmentId }) => ({ resultId, controlId, assessmentId })),
  };
};
