import { readFileSync } from 'node:fs';
import { Catalog, NimbusError, restoreCatalog } from '@nimbus/core';
import { compiledCatalogPath } from './paths.js';

let cached: Catalog | undefined;

/** Loads the compiled catalog once per process (a few milliseconds: it was validated at build time). */
export const loadCatalog = (path = compiledCatalogPath()): Catalog => {
  if (cached && path === compiledCatalogPath()) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new NimbusError('CATALOG_UNREADABLE', `no compiled catalog at ${path}; run "npm run build" first`, {
      path,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new NimbusError('CATALOG_UNREADABLE', `${path} is not valid JSON; run "npm run build" again`, {
      path,
    });
  }
  const catalog = new Catalog(restoreCatalog(value, path));
  if (path === compiledCatalogPath()) cached = catalog;
  return catalog;
};
