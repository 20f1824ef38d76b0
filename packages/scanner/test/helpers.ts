import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '@nimbus/core';
import { compileCatalog } from '@nimbus/core/compiler';
import { readCatalogFiles } from '../../core/test/repo.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(REPO, 'packages/scanner/test/fixtures');
export const SHARED_DIR = resolve(REPO, '..', 'shared');

/** A throwaway copy of a fixture folder at `<root>/<name>`, for tests that change files. */
export const copyFixture = (name: string): { root: string; dir: string } => {
  const root = mkdtempSync(join(tmpdir(), 'nimbus-scan-'));
  const dir = join(root, name);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return { root, dir };
};

let catalog: Catalog | undefined;
/** The real catalog, compiled from catalog/ once per test file. */
export const testCatalog = (): Catalog => {
  catalog ??= new Catalog(compileCatalog(readCatalogFiles()).catalog);
  return catalog;
};

/** A Deployment cut off mid-edit: a flow sequence never closed. Written at test time, never committed. */
export const BROKEN_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: half-edited
  namespace: ops
spec:
  template:
    spec:
      containers:
        - name: app
          image: registry.acme.example/ops/app:1.0.0
          ports: [ { containerPort: 8080 }
`;

/**
 * The `broken` fixture folder in a temporary root: a valid Pod manifest plus broken.yaml (a malformed file in the
 * repository would break the project's YAML linting). Scan `broken` with the root as working directory.
 */
export const brokenFixture = (): string => {
  const { root, dir } = copyFixture('broken');
  writeFileSync(join(dir, 'broken.yaml'), BROKEN_YAML);
  return root;
};
