import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nimbus, REPO } from './run-cli.js';

const copyCatalog = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nimbus-catalog-'));
  cpSync(join(REPO, 'catalog'), dir, { recursive: true });
  return dir;
};

describe('nimbus catalog check', () => {
  it('passes on the shipped catalog', () => {
    const r = nimbus(['catalog', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/catalog is valid: \d+ files, \d+ mapping sets; .*iso27017:2015 \(121\)/);
  });

  it('reports every problem as file: path: message and exits 1', () => {
    const dir = copyCatalog();
    const g = join(dir, 'frameworks/iso27017-2015/guidance');
    rmSync(join(g, 'CLD.9.5.2.yaml'));
    writeFileSync(join(g, '9.1.2.yaml'), 'control: 9.1.2\nsummary: too short\n');
    writeFileSync(join(dir, 'mappings/broken.yaml'), 'id: [oops');
    symlinkSync('/etc/passwd', join(dir, 'mappings/link.yaml'));
    const r = nimbus(['catalog', 'check', '--dir', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^✗ frameworks\/iso27017-2015\/guidance\/9\.1\.2\.yaml:\d+: summary: /),
        expect.stringMatching(
          /^✗ frameworks\/iso27017-2015\/guidance\/9\.1\.2\.yaml: keywords: missing: add this required field \(a list\)/,
        ),
        expect.stringMatching(/^✗ mappings\/broken\.yaml:1: \(root\): /),
        expect.stringMatching(/^✗ mappings\/link\.yaml: \(root\): symbolic links are not followed/),
        expect.stringContaining('guidance/CLD.9.5.2.yaml: csp: the standard addresses the CSP for CLD.9.5.2'),
      ]),
    );
    expect(r.stdout).toMatch(/\d+ problem\(s\) in /);
    const json = JSON.parse(nimbus(['catalog', 'check', '--dir', dir, '--json']).stdout);
    expect(json.issues.length).toBeGreaterThanOrEqual(5);
    expect(json.issues[0]).toEqual(
      expect.objectContaining({ code: expect.any(String), file: expect.any(String) }),
    );
  });

  it('exits 2 for a folder that does not exist', () => {
    const r = nimbus(['catalog', 'check', '--dir', '/nonexistent/catalog']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the catalog folder');
  });
});
