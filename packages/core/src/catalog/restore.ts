import { NimbusError } from '../errors/nimbus-error.js';
import { CATALOG_FORMAT_VERSION, type CompiledCatalog } from './model.js';

/**
 * Accepts a compiled catalog read from disk. The build validated it in full, so this only guards against a
 * stale or foreign file: a cheap check that keeps start-up fast.
 */
export const restoreCatalog = (value: unknown, origin = 'catalog.json'): CompiledCatalog => {
  const doc = value as Partial<CompiledCatalog> | null;
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.frameworks) || !Array.isArray(doc.mappings)) {
    throw new NimbusError(
      'CATALOG_UNREADABLE',
      `${origin} is not a compiled Nimbus catalog; run "npm run build"`,
      {
        origin,
      },
    );
  }
  if (doc.formatVersion !== CATALOG_FORMAT_VERSION) {
    throw new NimbusError(
      'CATALOG_UNREADABLE',
      `${origin} has format version ${String(doc.formatVersion)}, this Nimbus reads ${CATALOG_FORMAT_VERSION}; run "npm run build"`,
      { origin, formatVersion: doc.formatVersion },
    );
  }
  if (!Array.isArray(doc.checkLinks)) {
    throw new NimbusError('CATALOG_UNREADABLE', `${origin} has no check links; run "npm run build"`, {
      origin,
    });
  }
  return doc as CompiledCatalog;
};
