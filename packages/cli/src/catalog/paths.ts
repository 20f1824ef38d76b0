import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The catalog source folder: NIMBUS_CATALOG_DIR, else the `catalog/` folder of the Nimbus checkout. */
export const catalogSourceDir = (): string => {
  const fromEnv = process.env.NIMBUS_CATALOG_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'catalog');
    if (existsSync(join(candidate, 'frameworks'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return resolve('catalog');
    dir = parent;
  }
};

/** Where the build writes the compiled catalog: beside @nimbus/core's compiled code. */
export const compiledCatalogPath = (): string => {
  const require = createRequire(import.meta.url);
  const coreEntry = require.resolve('@nimbus/core/package.json');
  return join(dirname(coreEntry), 'dist', 'catalog.json');
};
