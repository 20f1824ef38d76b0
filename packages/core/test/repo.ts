import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../src/compiler.js';

/** Paths of the checkout, for tests that read the real catalog data and vendored schemas. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CATALOG_DIR = join(REPO, 'catalog');
export const SHARED_DIR = resolve(REPO, '..', 'shared');
export const REFERENCE_FILE = join(SHARED_DIR, 'reference', 'iso27017-controls.yaml');
export const hasReference = existsSync(REFERENCE_FILE);

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every YAML file of the real catalog folder, as the compiler takes them. */
export const readCatalogFiles = (dir = CATALOG_DIR): SourceFile[] => {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name))
        out.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out;
};
