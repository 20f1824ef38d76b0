import { z } from '@hono/zod-openapi';

/** Shared pieces of the API schemas. Bodies are strict objects: unknown fields are errors. */
export const Id = z.string().uuid();
export const OrgParams = z.strictObject({ orgId: Id.openapi({ param: { name: 'orgId', in: 'path' } }) });
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** True when the text has a control character other than tab, newline and carriage return (NUL included). */
export const hasControlCharacters = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
};

/** Text that people type: no control characters except tab and newlines (NULs are rejected with a reason). */
export const Text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !hasControlCharacters(s), 'must not contain control characters (such as NUL)');

export const Name = Text(200).trim().min(1);

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    code: z.string(),
    detail: z.string(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ in: z.string(), path: z.string(), code: z.string(), message: z.string() }))
      .optional(),
  })
  .openapi('Problem');

export const problemResponses = {
  400: {
    description: 'Invalid input; every problem is listed in `errors`',
    content: { 'application/problem+json': { schema: Problem } },
  },
  401: { description: 'Not signed in', content: { 'application/problem+json': { schema: Problem } } },
  403: {
    description: 'Not allowed for your role',
    content: { 'application/problem+json': { schema: Problem } },
  },
  404: {
    description: 'Not found in this organization',
    content: { 'application/problem+json': { schema: Problem } },
  },
} as const;

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
