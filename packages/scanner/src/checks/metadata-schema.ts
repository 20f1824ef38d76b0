import { z } from 'zod';
import { RESOURCE_KINDS } from '../model/resource.js';
import { SEVERITIES } from './check.js';

const text = (min: number) => z.string().trim().min(min);

/** Completeness of a check's metadata, validated when the registry loads. */
export const checkMetadataSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'kebab-case, at least two words'),
  title: text(10).max(90),
  description: text(30),
  rationale: text(30),
  severity: z.enum(SEVERITIES),
  provider: z.enum(['aws', 'kubernetes', 'gcp', 'azure']),
  service: z.string().regex(/^[a-z0-9-]+$/),
  resourceKinds: z.array(z.enum(RESOURCE_KINDS)).min(1),
  remediation: z.object({ summary: text(20), terraform: text(20), cli: text(10) }),
  references: z.array(z.url()).min(1),
});
