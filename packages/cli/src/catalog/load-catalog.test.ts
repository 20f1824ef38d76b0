import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load-catalog.js';

const dir = mkdtempSync(join(tmpdir(), 'nimbus-load-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadCatalog', () => {
  it.each([
    ['missing', join(dir, 'absent.json'), 'no compiled catalog at'],
    ['not JSON', file('bad.json', '{oops'), 'is not valid JSON'],
    ['not a catalog', file('other.json', '{"hello":1}'), 'is not a compiled Nimbus catalog'],
    [
      'another format version',
      file('old.json', '{"formatVersion":0,"frameworks":[],"mappings":[]}'),
      'has format version 0',
    ],
  ])('refuses a %s file with CATALOG_UNREADABLE and says to rebuild', (_, path, message) => {
    expect(() => loadCatalog(path)).toThrow(
      expect.objectContaining({ code: 'CATALOG_UNREADABLE', message: expect.stringContaining(message) }),
    );
  });
});
