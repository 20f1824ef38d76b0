import { z } from 'zod';
import { frameworkIdSchema } from './framework-file.js';

/**
 * Which controls each scanner check gives evidence for. Checks hold no framework mapping: the links are catalog
 * data, so `nimbus catalog show` lists a control's checks and scan results roll up to controls.
 */
export const checkLinksFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  framework: frameworkIdSchema,
  checks: z.record(
    z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/, 'a check id is kebab-case, e.g. aws-ec2-imdsv2-required'),
    z.strictObject({ controls: z.array(z.string().min(1)).min(1), why: z.string().trim().min(20) }),
  ),
});

export type CheckLinksFile = z.infer<typeof checkLinksFileSchema>;
