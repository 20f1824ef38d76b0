import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadControlLinks } from '../controls/control-links.js';
import { type Check, defineCheck, pass } from './check.js';
import { builtinChecks } from './registry.js';
import { validateChecks } from './validate-checks.js';

const CHECKS_DIR = dirname(fileURLToPath(import.meta.url));

/** Every `<provider>/<service>/<id>/index.ts` folder under src/checks. */
const checkFolders = (): string[] =>
  readdirSync(CHECKS_DIR)
    .filter((p) => p !== 'lib' && statSync(join(CHECKS_DIR, p)).isDirectory())
    .flatMap((provider) =>
      readdirSync(join(CHECKS_DIR, provider))
        .filter((service) => statSync(join(CHECKS_DIR, provider, service)).isDirectory())
        .flatMap((service) =>
          readdirSync(join(CHECKS_DIR, provider, service))
            .filter((id) => existsSync(join(CHECKS_DIR, provider, service, id, 'index.ts')))
            .map((id) => `${provider}/${service}/${id}`),
        ),
    );

const sample = builtinChecks()[0]!;
const urlFor = (path: string) => pathToFileURL(join(CHECKS_DIR, path, 'index.ts')).href;

describe('check registry', () => {
  it('loads every check folder, and only those', () => {
    const registered = builtinChecks().map(
      (c) => `${c.folder.provider}/${c.folder.service}/${c.folder.name}`,
    );
    expect(registered.sort()).toEqual(checkFolders().sort());
    expect(registered.length).toBeGreaterThanOrEqual(16);
  });

  it('finds the metadata of every check complete and every id equal to its folder', () => {
    expect(validateChecks(builtinChecks())).toEqual([]);
  });

  it('refuses, at load, a check whose id differs from its folder', () => {
    expect(() =>
      defineCheck(urlFor('aws/ec2/aws-ec2-imdsv2-renamed'), { ...sample, id: 'aws-ec2-imdsv2-required' }),
    ).toThrow(/id "aws-ec2-imdsv2-required" differs from its folder "aws-ec2-imdsv2-renamed"/);
    expect(() => defineCheck(urlFor(`kubernetes/ec2/${sample.id}`), { ...sample })).toThrow(
      /provider "aws" differs/,
    );
  });

  it('refuses metadata that still says TODO, as npm run new:check scaffolds it', () => {
    const scaffolded: Check = {
      ...sample,
      rationale: 'TODO: the risk a failure leaves open, in our own words.',
    };
    expect(validateChecks([scaffolded])).toEqual([
      `${sample.id}: metadata still says TODO (finish what npm run new:check scaffolded)`,
    ]);
  });

  it('reports incomplete metadata, duplicates and folder mismatches', () => {
    const broken: Check = {
      ...sample,
      title: 'Short',
      remediation: { summary: 'x', terraform: '', cli: '' },
      references: [],
      folder: { ...sample.folder, name: 'elsewhere' },
    };
    const problems = validateChecks([sample, broken]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/: title: /),
        expect.stringMatching(/: remediation\.terraform: /),
        expect.stringMatching(/: references: /),
        expect.stringContaining('id differs from its folder "elsewhere"'),
        expect.stringContaining('defined twice'),
      ]),
    );
  });

  it('links every check to controls, and links no unknown check', () => {
    const links = loadControlLinks();
    const ids = builtinChecks().map((c) => c.id);
    expect(ids.filter((id) => links.controlsOf(id).length === 0)).toEqual([]);
    expect(Object.keys(links.file.checks).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('lists every check in the package README', () => {
    const readme = readFileSync(join(CHECKS_DIR, '../../README.md'), 'utf8');
    expect(
      builtinChecks()
        .filter((c) => !new RegExp(`^\\| \`${c.id}\` +\\|`, 'm').test(readme))
        .map((c) => c.id),
    ).toEqual([]);
  });

  it('gives checks no framework mapping of their own', () => {
    for (const check of builtinChecks()) expect(Object.keys(check)).not.toContain('controls');
    expect(pass('x')).toEqual({ status: 'pass', message: 'x' });
  });
});
