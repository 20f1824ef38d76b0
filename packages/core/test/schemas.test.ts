import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SHARED_DIR } from './repo.js';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe.skipIf(!existsSync(join(SHARED_DIR, 'oscal')))('vendored schemas', () => {
  it.each(['oscal_complete_schema.json', 'oscal_catalog_schema.json'])(
    '%s equals the shared reference copy',
    (name) => {
      expect(sha(join(REPO, 'schemas/oscal', name))).toBe(sha(join(SHARED_DIR, 'oscal', name)));
    },
  );
});
