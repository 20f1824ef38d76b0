import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NimbusError } from '@nimbus/core';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * checks-controls.yaml: which ISO/IEC 27017:2015 controls each check gives evidence for. Checks hold no
 * framework mapping; these links are data, validated here (and against the catalog in the tests).
 */
export const controlLinksFileSchema = z
  .object({
    formatVersion: z.literal(1),
    framework: z.string().regex(/^[a-z0-9-]+:[a-z0-9.-]+$/),
    checks: z.record(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)+$/),
      z.object({ controls: z.array(z.string().min(1)).min(1), why: z.string().trim().min(20) }).strict(),
    ),
  })
  .strict();

export type ControlLinksFile = z.infer<typeof controlLinksFileSchema>;

export interface ControlLinks {
  readonly framework: string;
  readonly file: ControlLinksFile;
  controlsOf(checkId: string): readonly string[];
}

/** The shipped links file, beside the package (from both src/ and dist/, two folders up). */
export const CONTROL_LINKS_PATH = fileURLToPath(new URL('../../checks-controls.yaml', import.meta.url));

export const parseControlLinks = (text: string, path = CONTROL_LINKS_PATH): ControlLinks => {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 0 });
  } catch (err) {
    throw new NimbusError('CATALOG_INVALID', `${path}: ${(err as Error).message}`, { path });
  }
  const parsed = controlLinksFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new NimbusError('CATALOG_INVALID', `${path}: ${issues.join('; ')}`, { path, issues });
  }
  const file = parsed.data;
  return { framework: file.framework, file, controlsOf: (id) => file.checks[id]?.controls ?? [] };
};

let cached: ControlLinks | undefined;

export const loadControlLinks = (): ControlLinks => {
  cached ??= parseControlLinks(readFileSync(CONTROL_LINKS_PATH, 'utf8'));
  return cached;
};
