import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, nimbus, REPO } from './run-cli.js';

describe('nimbus catalog show', () => {
  it('shows a cloud control with guidance for both parties, evidence, ownership and mappings', () => {
    const r = nimbus(['catalog', 'show', 'CLD.6.3.1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'CLD.6.3.1  Shared roles and responsibilities within a cloud computing environment',
    );
    expect(r.stdout).toContain('Cloud service provider (CSP)');
    expect(r.stdout).toContain('Cloud service customer (CSC)');
    expect(r.stdout).toContain('Typical evidence');
    expect(r.stdout).toMatch(/IaaS \w+ · PaaS \w+ · SaaS \w+/);
    expect(r.stdout).toMatch(
      /5\.23 +Information security for use of cloud services +intersects-with +derived/,
    );
    expect(r.stdout.includes(String.fromCharCode(27))).toBe(false);
  });

  it('shows one party with --perspective and says when the standard has nothing for it', () => {
    const csc = nimbus(['catalog', 'show', 'CLD.6.3.1', '--perspective', 'csc']);
    expect(csc.stdout).toContain('Cloud service customer (CSC)');
    expect(csc.stdout).not.toContain('Cloud service provider (CSP)');
    const none = nimbus(['catalog', 'show', 'CLD.9.5.1', '-p', 'csc']);
    expect(none.stdout).toContain('The standard gives no CSC guidance for CLD.9.5.1.');
  });

  it('shows the verification status of an unverified control', () => {
    const r = nimbus(['catalog', 'show', '6.1.3']);
    expect(r.stdout).toContain('Verification: unverified (secondary-source)');
  });

  it('prints JSON with --json', () => {
    const r = nimbus(['catalog', 'show', '12.4.1', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.control).toMatchObject({ id: '12.4.1', title: 'Event logging', audience: 'both' });
    expect(doc.control.groups.map((g: { id: string }) => g.id)).toEqual(['12', '12.4']);
    expect(doc.mappings).toEqual(
      expect.arrayContaining([expect.objectContaining({ framework: 'iso27002:2022', control: '8.15' })]),
    );
  });

  it('exits 2 with suggestions and no stack trace for an unknown id', () => {
    const r = nimbus(['catalog', 'show', 'CLD.6.3.2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no control "CLD.6.3.2" in iso27017:2015');
    expect(r.stderr).toContain('Did you mean "CLD.6.3.1"');
    expect(hasStackTrace(r.stderr)).toBe(false);
    const json = nimbus(['catalog', 'show', 'nope', '--json']);
    expect(JSON.parse(json.stderr).error.code).toBe('CONTROL_NOT_FOUND');
  });

  it('exits 2 for an unknown framework and names the known ones', () => {
    const r = nimbus(['catalog', 'show', '8.15', '--framework', 'iso27002:2023']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Did you mean .*"iso27002:2022"/);
  });
});

describe('nimbus catalog list', () => {
  const list = (...args: string[]) => JSON.parse(nimbus(['catalog', 'list', '--json', ...args]).stdout);

  it('lists the 121 controls of ISO/IEC 27017 by default', () => {
    const r = nimbus(['catalog', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('121 of 121 controls of iso27017:2015');
  });

  it('filters by kind, guidance party, service model and owner', () => {
    expect(list('--kind', 'cloud-extended').count).toBe(7);
    expect(
      list('--guidance', 'csc').controls.every((c: { audience: string }) =>
        ['csc', 'both'].includes(c.audience),
      ),
    ).toBe(true);
    const owned = list('--service-model', 'saas', '--owner', 'csc-owned');
    expect(
      owned.controls.every((c: { ownership: { saas: string } }) => c.ownership.saas === 'csc-owned'),
    ).toBe(true);
    expect(list('--framework', 'iso27002:2022').count).toBe(93);
  });

  it('rejects bad flags and values with usage and exit 2', () => {
    const unknown = nimbus(['catalog', 'list', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
    expect(unknown.stderr).toContain('Usage: nimbus catalog list');
    const choice = nimbus(['catalog', 'list', '--kind', 'weird']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain('Allowed choices are iso27002, cloud-extended, standard');
    const owner = nimbus(['catalog', 'list', '--owner', 'shared']);
    expect(owner.code).toBe(2);
    expect(owner.stderr).toContain('--owner needs --service-model');
  });
});

describe('nimbus catalog search', () => {
  it('finds the incident controls', () => {
    const r = nimbus(['catalog', 'search', 'incident']);
    expect(r.code).toBe(0);
    for (const id of ['16.1.1', '16.1.2', 'CLD.6.3.1']) expect(r.stdout).toContain(id);
  });

  it('ranks the expected control first for hypervisor and deletion', () => {
    const first = (q: string) => JSON.parse(nimbus(['catalog', 'search', q, '--json']).stdout).hits[0].id;
    expect(first('hypervisor')).toBe('CLD.9.5.1');
    expect(first('deletion')).toBe('CLD.8.1.5');
  });

  it('searches several frameworks and says when nothing matches', () => {
    const r = nimbus([
      'catalog',
      'search',
      'threat',
      'intelligence',
      '-f',
      'iso27002:2022',
      'iso27017:2015',
      '--json',
    ]);
    expect(JSON.parse(r.stdout).hits[0]).toMatchObject({ framework: 'iso27002:2022', id: '5.7' });
    expect(nimbus(['catalog', 'search', 'qqqzzz']).stdout).toContain('No control matches "qqqzzz"');
    expect(nimbus(['catalog', 'search', 'x', '--limit', '0']).code).toBe(2);
  });
});

describe('nimbus catalog map', () => {
  it('maps 12.4.1 (27017:2015) to 8.15 (27002:2022) and back', () => {
    const fwd = nimbus(['catalog', 'map', '12.4.1', '--from', 'iso27017:2015', '--to', 'iso27002:2022']);
    expect(fwd.code).toBe(0);
    expect(fwd.stdout).toMatch(/8\.15 +Logging +subset-of +published/);
    const back = JSON.parse(
      nimbus(['catalog', 'map', '8.15', '--from', 'iso27002:2022', '--to', 'iso27017:2015', '--json']).stdout,
    );
    expect(back.mappings.map((m: { control: string }) => m.control)).toEqual([
      '12.4.1',
      '12.4.2',
      '12.4.3',
      'CLD.12.4.5',
    ]);
  });

  it('says so when nothing corresponds and requires --from and --to', () => {
    expect(
      nimbus(['catalog', 'map', '5.7', '--from', 'iso27002:2022', '--to', 'iso27002:2013']).stdout,
    ).toContain('No control of iso27002:2013 corresponds to 5.7');
    const missing = nimbus(['catalog', 'map', '5.7']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--from <framework>' not specified");
  });
});

describe('nimbus in a pipe', () => {
  it('stops quietly when the reader closes early', () => {
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" packages/cli/bin/nimbus.js catalog list | head -1`],
      {
        cwd: REPO,
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toMatch(/^ID +TITLE/);
    expect(r.stderr).toBe('');
  });
});

describe('nimbus --version and --help', () => {
  it('prints the version and help with exit 0', () => {
    const v = nimbus(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = nimbus(['catalog', '--help']);
    expect(h.code).toBe(0);
    for (const cmd of ['list', 'show', 'search', 'map', 'export', 'check']) expect(h.stdout).toContain(cmd);
  });
});
