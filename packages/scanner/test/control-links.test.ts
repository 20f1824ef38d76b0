import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTROL_LINKS_PATH, loadControlLinks, parseControlLinks } from '../src/controls/control-links.js';
import { testCatalog } from './helpers.js';

describe('catalog/checks/iso27017-2015.yaml', () => {
  it('names only controls of the compiled ISO/IEC 27017:2015 catalog', () => {
    const links = loadControlLinks();
    const catalog = testCatalog();
    expect(catalog.framework(links.framework).id).toBe('iso27017:2015');
    const missing = Object.entries(links.file.checks).flatMap(([check, link]) =>
      link.controls
        .filter((id) => catalog.findControl(id, links.framework)?.id !== id)
        .map((id) => `${check}: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('reads the same links from the compiled catalog as from the YAML file', () => {
    // A scan takes them from the compiled catalog when it is not older than the YAML (see control-links.ts).
    expect(loadControlLinks().file).toEqual(parseControlLinks(readFileSync(CONTROL_LINKS_PATH, 'utf8')).file);
  });

  it('lists each control once per check', () => {
    for (const [check, link] of Object.entries(loadControlLinks().file.checks))
      expect(new Set(link.controls).size, check).toBe(link.controls.length);
  });

  it('rejects a file that does not match the schema, with every problem', () => {
    const text = readFileSync(CONTROL_LINKS_PATH, 'utf8')
      .replace('formatVersion: 1', 'formatVersion: 2')
      .replace(/controls: \[CLD\.9\.5\.2\]\n/, 'controls: []\n');
    expect(() => parseControlLinks(text)).toThrow(
      expect.objectContaining({
        code: 'CATALOG_INVALID',
        message: expect.stringMatching(/formatVersion.*controls/s),
      }),
    );
    expect(() => parseControlLinks('checks: [oops')).toThrow(
      expect.objectContaining({ code: 'CATALOG_INVALID' }),
    );
  });
});
