import { z } from 'zod';
import { AUDIENCES, VERIFICATION, VERIFICATION_BASIS } from '../vocabulary.js';

const id = z.string().min(1).max(40);
const text = z.string().trim().min(1);

export const frameworkIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+:[a-z0-9.-]+$/, 'a framework id looks like "iso27017:2015" (name:version, lower case)');

const controlEntry = z.strictObject({
  id,
  title: text.optional(),
  verification: z.enum(VERIFICATION).optional(),
});

const groupEntry = z.strictObject({
  id,
  kind: z.string().min(1),
  title: text.optional(),
  get groups() {
    return z.array(groupEntry).optional();
  },
  controls: z.array(controlEntry).optional(),
});

const frameworkMeta = {
  id: frameworkIdSchema,
  name: text,
  title: text,
  publisher: text,
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
};

/** A framework that defines its own tree of groups and controls. */
export const baseFrameworkFileSchema = z.strictObject({
  ...frameworkMeta,
  referenceOnly: z.boolean().optional(),
  expected: z.strictObject({ controls: z.number().int().positive() }).optional(),
  levels: z.array(z.string().min(1)).min(1),
  groups: z.array(groupEntry).min(1),
});

const cloudEntry = z.strictObject({
  addresses: z.enum(AUDIENCES),
  verification: z.enum(VERIFICATION),
  basis: z.enum(VERIFICATION_BASIS).optional(),
});

/** A framework that extends a base framework (ISO/IEC 27017 on ISO/IEC 27002:2013). */
export const overlayFrameworkFileSchema = z.strictObject({
  ...frameworkMeta,
  base: frameworkIdSchema,
  expected: z.strictObject({
    controls: z.number().int().positive(),
    cloudExtended: z.number().int().nonnegative(),
    cloudGuidance: z.number().int().nonnegative(),
  }),
  extension: z.strictObject({
    objectives: z.array(z.strictObject({ id, clause: id, title: text })),
    controls: z.array(
      z.strictObject({
        id,
        title: text,
        objective: id,
        addresses: z.enum(AUDIENCES),
        verification: z.enum(VERIFICATION),
      }),
    ),
  }),
  cloud: z.record(id, cloudEntry),
});

export type BaseFrameworkFile = z.infer<typeof baseFrameworkFileSchema>;
export type OverlayFrameworkFile = z.infer<typeof overlayFrameworkFileSchema>;
export type GroupEntry = z.infer<typeof groupEntry>;
