import { Catalog } from '../src/catalog/catalog.js';
import { compileCatalog } from '../src/compiler.js';
import { readCatalogFiles } from './repo.js';

let cached: ReturnType<typeof compileCatalog> | undefined;

/** The real catalog, compiled once per test file from catalog/ (no build step needed). */
export const compiledRealCatalog = () => {
  cached ??= compileCatalog(readCatalogFiles());
  return cached;
};

export const realCatalog = () => new Catalog(compiledRealCatalog().catalog);
