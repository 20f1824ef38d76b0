import { z } from 'zod';
import { OWNERSHIP } from '../vocabulary.js';

const statement = z.strictObject({
  do: z.string().trim().min(20, 'say what to do in at least a short sentence'),
  show: z.string().trim().min(10, 'say how one would show it is done'),
});

const phrase = z.string().trim().min(3);

/** Our own guidance for one cloud-relevant control of ISO/IEC 27017:2015. */
export const guidanceFileSchema = z.strictObject({
  control: z.string().min(1),
  summary: z.string().trim().min(20).max(400),
  keywords: z.array(z.string().trim().min(2)).min(3).max(16),
  csp: z.array(statement).min(2).max(6).optional(),
  csc: z.array(statement).min(2).max(6).optional(),
  evidence: z.array(phrase).min(1).max(8),
  disclosures: z.array(phrase).max(6),
  ownership: z.strictObject({ iaas: z.enum(OWNERSHIP), paas: z.enum(OWNERSHIP), saas: z.enum(OWNERSHIP) }),
});

export type GuidanceFile = z.infer<typeof guidanceFileSchema>;
