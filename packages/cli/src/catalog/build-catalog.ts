import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CompiledCatalog, ValidationIssue } from '@nimbus/core';
import { compileCatalog } from '@nimbus/core/compiler';
import { readCatalogSources } from './read-sources.js';

export interface CatalogCheck {
  readonly catalog: CompiledCatalog;
  readonly issues: readonly ValidationIssue[];
  readonly fileCount: number;
}

/** Reads and validates the catalog folder, reporting every problem. */
export const checkCatalogDir = (sourceDir: string): CatalogCheck => {
  const { files, rejected } = readCatalogSources(sourceDir);
  const result = compileCatalog(files);
  return {
    catalog: result.catalog,
    issues: [...rejected, ...result.issues],
    fileCount: files.length + rejected.length,
  };
};

/** Compiles the catalog folder; writes the JSON only when there is no issue at all. */
export const buildCatalogFile = (sourceDir: string, outFile: string): CatalogCheck => {
  const result = checkCatalogDir(sourceDir);
  if (result.issues.length === 0) {
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(result.catalog));
  }
  return result;
};
