import { z } from 'zod';
import { PROVENANCE, RELATIONS } from '../vocabulary.js';
import { frameworkIdSchema } from './framework-file.js';

/** A set of typed relations from the controls of one framework to those of another. */
export const mappingFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9.-]+--[a-z0-9.-]+$/, 'a mapping id looks like "source--target"'),
  source: frameworkIdSchema,
  target: frameworkIdSchema,
  provenance: z.enum(PROVENANCE),
  reference: z.string().trim().min(1),
  /** Every control of the source framework has at least one row (checked). */
  complete: z.boolean().optional(),
  maps: z
    .array(
      z.strictObject({ source: z.string().min(1), relation: z.enum(RELATIONS), target: z.string().min(1) }),
    )
    .min(1),
});

export type MappingFile = z.infer<typeof mappingFileSchema>;
