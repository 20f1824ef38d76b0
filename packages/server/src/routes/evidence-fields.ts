import { z } from '@hono/zod-openapi';
import { NimbusError } from '@nimbus/core';
import { type Executor, getMembership, getResult } from '@nimbus/storage';
import { notFound } from '../http/problem.js';
import { Id, IsoDate, Text } from './schemas.js';

/** Evidence input shared by uploads, links and edits. */

export const EVIDENCE_KINDS = ['file', 'link', 'scan'] as const;

/** Long enough for any sanitized file name, which is the default title of an upload. */
export const EvidenceTitle = Text(255).trim().min(1);

/** A real calendar date as YYYY-MM-DD (2025-02-30 is refused). */
export const CalendarDate = IsoDate.refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a real calendar date');

const BLOCKED_SCHEMES: Record<string, string> = {
  'javascript:': 'javascript: URLs run code and are not allowed',
  'data:': 'data: URLs are not allowed; upload the content as a file instead',
  'file:': 'file: URLs point at one computer and are not allowed; upload the file instead',
};

/** Why a URL is refused as link evidence, or null when it is an acceptable http(s) URL. */
export const urlProblem = (value: string): string | null => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a valid absolute URL (it must start with http:// or https://)';
  }
  const blocked = BLOCKED_SCHEMES[url.protocol];
  if (blocked) return blocked;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `only http and https URLs are allowed, not ${url.protocol}`;
  if (url.username || url.password) return 'must not contain a user name or password';
  return null;
};

export const EvidenceUrl = Text(2000)
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => new URL(value).href)
  .openapi({ type: 'string', format: 'uri', maxLength: 2000, description: 'http or https only' });

export const ResultIds = z.array(Id).max(200);

/** Refuses a validity that ends before the evidence was collected. */
export const checkDates = (collectedAt: string | null, validUntil: string | null) => {
  if (collectedAt && validUntil && validUntil < collectedAt) {
    const message = `validUntil (${validUntil}) is before collectedAt (${collectedAt})`;
    throw new NimbusError('VALIDATION_FAILED', message, {
      errors: [{ in: 'body', path: 'validUntil', code: 'custom', message }],
    });
  }
};

/** The owner must be a member of the organization. */
export const checkOwner = async (trx: Executor, orgId: string, ownerId: string | null | undefined) => {
  if (ownerId && !(await getMembership(trx, orgId, ownerId))) {
    const message = `"${ownerId}" is not a member of this organization`;
    throw new NimbusError('VALIDATION_FAILED', `ownerId: ${message}`, {
      errors: [{ in: 'body', path: 'ownerId', code: 'custom', message }],
    });
  }
};

/** Every result must be a control result of the organization (404 otherwise); returns them without repeats. */
export const checkResults = async (trx: Executor, orgId: string, resultIds: readonly string[]) => {
  const unique = [...new Set(resultIds)];
  for (const id of unique) if (!(await getResult(trx, orgId, id))) throw notFound('control result', id);
  return unique;
};
