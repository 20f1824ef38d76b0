import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { NimbusError } from '@nimbus/core';
import { type CheckLinksFile, checkLinksFileSchema } from '@nimbus/core/compiler';
import { parse } from 'yaml';

/**
 * catalog/checks/iso27017-2015.yaml: which ISO/IEC 27017:2015 controls each check gives evidence for. Checks hold
 * no framework mapping; the links are catalog data (compiled and checked against the catalog by the catalog
 * build, and shown by `nimbus catalog show`), read here so scan results roll up to controls.
 */
export const controlLinksFileSchema = checkLinksFileSchema;

export type ControlLinksFile = CheckLinksFile;

export interface ControlLinks {
  readonly framework: string;
  readonly file: ControlLinksFile;
  controlsOf(checkId: string): readonly string[];
}

/** The links file in the catalog folder of this checkout (from both src/ and dist/ of packages/scanner). */
export const CONTROL_LINKS_PATH = fileURLToPath(
  new URL('../../../../catalog/checks/iso27017-2015.yaml', import.meta.url),
);

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

/** The compiled catalog (`npm run build`), whose `checkLinks` are these links, already checked. */
const compiledCatalogPath = (): string | undefined => {
  try {
    return createRequire(import.meta.url).resolve('@nimbus/core/catalog.json');
  } catch {
    return undefined;
  }
};

const modifiedMs = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.NaN;
  }
};

/**
 * The links of `framework` from the compiled catalog, when it is at least as new as the links file: reading
 * JSON that the build already validated spares a scan the YAML reader and the schema (tens of milliseconds of
 * a small scan). Undefined when there is no such catalog, or it is older than the YAML (edited since the build).
 */
const fromCompiledCatalog = (framework: string): ControlLinks | undefined => {
  const path = compiledCatalogPath();
  if (!path || !(modifiedMs(path) >= modifiedMs(CONTROL_LINKS_PATH))) return undefined;
  let doc: { checkLinks?: { framework: string; check: string; controls: string[]; why: string }[] };
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(doc.checkLinks)) return undefined;
  const checks: ControlLinksFile['checks'] = {};
  for (const link of doc.checkLinks)
    if (link.framework === framework) checks[link.check] = { controls: link.controls, why: link.why };
  const file: ControlLinksFile = { formatVersion: 1, framework, checks };
  return { framework, file, controlsOf: (id) => checks[id]?.controls ?? [] };
};

let cached: ControlLinks | undefined;

export const loadControlLinks = (): ControlLinks => {
  cached ??=
    fromCompiledCatalog('iso27017:2015') ?? parseControlLinks(readFileSync(CONTROL_LINKS_PATH, 'utf8'));
  return cached;
};
