import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../src/checks/registry.js';
import { toSarif } from '../src/formats/sarif.js';
import { scan } from '../src/runner/scan.js';
import { brokenFixture, copyFixture, FIXTURES, REPO, SHARED_DIR } from './helpers.js';

const SCHEMA = join(REPO, 'schemas/sarif/sarif-schema-2.1.0.json');

const validator = () => {
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (a: AjvDraft04) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
};

const sarifOf = async (paths: string[], cwd = FIXTURES) =>
  toSarif(await scan({ paths, cwd, now: () => new Date('2026-11-28T12:00:00Z') }), {
    toolVersion: '0.1.0',
    cwd,
  });

describe('SARIF output', () => {
  const validate = validator();

  it('validates against the OASIS SARIF 2.1.0 schema, with input errors as notifications', async () => {
    const root = brokenFixture();
    cpSync(join(FIXTURES, 'acme'), join(root, 'acme'), { recursive: true });
    const sarif = await sarifOf(['acme', 'broken'], root);
    const ok = validate(sarif);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    const run = sarif.runs[0]!;
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: { text: expect.stringContaining('cannot parse') },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'broken/broken.yaml', uriBaseId: 'SRCROOT' } } },
      ],
    });
  });

  it('describes every check as a rule with help text, severity and controls', async () => {
    const { runs } = await sarifOf(['acme']);
    const rules = runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(
      builtinChecks()
        .map((c) => c.id)
        .sort(),
    );
    for (const rule of rules) {
      expect(rule.help.text).toContain('Terraform:');
      expect(rule.help.markdown).toContain('```hcl');
      expect(rule.properties['security-severity']).toMatch(/^\d\.\d$/);
      expect(rule.helpUri).toMatch(/^https:\/\//);
    }
    expect(rules.find((r) => r.id === 'aws-ec2-imdsv2-required')?.properties.tags).toContain(
      'iso27017:CLD.9.5.2',
    );
  });

  it('reports failures with a location, a line region and a stable fingerprint', async () => {
    const { runs } = await sarifOf(['acme']);
    const results = runs[0]!.results;
    // One SARIF result per failure: the 17 planted in the Acme fixtures (listed in scan-fixtures.test.ts).
    expect(results.length).toBe(17);
    const ssh = results.find((r) => r.ruleId === 'aws-ec2-no-ssh-from-internet')!;
    expect(ssh).toMatchObject({
      kind: 'fail',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'acme/cloudformation/platform.yaml', uriBaseId: 'SRCROOT' },
            region: { startLine: 83 },
          },
          logicalLocations: [{ fullyQualifiedName: 'AWS::EC2::SecurityGroup BastionSecurityGroup' }],
        },
      ],
    });
    expect(runs[0]!.tool.driver.rules[ssh.ruleIndex]!.id).toBe(ssh.ruleId);
    const fingerprints = results.map((r) => r.partialFingerprints['nimbusFinding/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);

    // The same findings after lines are added above them: new lines, same fingerprints.
    const moved = copyFixture('acme');
    const file = join(moved.dir, 'cloudformation/platform.yaml');
    writeFileSync(file, `# reviewed 2026-11-28\n\n${readFileSync(file, 'utf8')}`);
    const again = (await sarifOf(['acme'], moved.root)).runs[0]!.results;
    expect(again.map((r) => r.partialFingerprints['nimbusFinding/v1']).sort()).toEqual(
      [...fingerprints].sort(),
    );
    const sshAgain = again.find((r) => r.ruleId === 'aws-ec2-no-ssh-from-internet')!;
    expect(sshAgain.locations[0]!.physicalLocation.region.startLine).toBe(85);
  });

  it.skipIf(!existsSync(join(SHARED_DIR, 'sarif')))('vendors the schema unchanged', () => {
    const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(sha(SCHEMA)).toBe(sha(join(SHARED_DIR, 'sarif/sarif-schema-2.1.0.json')));
  });
});
