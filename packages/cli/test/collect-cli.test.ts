import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, REPO } from './run-cli.js';

const BIN = join(REPO, 'packages/cli/bin/nimbus.js');

/** The environment without any AWS setting, so the tests never find the developer's own credentials. */
const cleanEnv = (extra: Record<string, string> = {}) => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && v !== undefined) env[k] = v;
  return { ...env, NO_COLOR: '1', ...extra };
};

const run = (args: readonly string[], cwd: string, env: Record<string, string> = cleanEnv()) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const tempDir = () => mkdtempSync(join(tmpdir(), 'nimbus-collect-'));

describe('nimbus collect aws: usage', () => {
  it('exits 2 without -o, naming the option', () => {
    const r = run(['collect', 'aws'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("required option '-o, --output <file>' not specified");
  });

  it('exits 2 for a bad region name, before looking for credentials', () => {
    const dir = tempDir();
    const r = run(['collect', 'aws', '-o', 'out.json', '--regions', 'eu-west-1,Frankfurt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('nimbus: not an AWS region name: "Frankfurt" (expected names such as eu-west-1)\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 when the output folder does not exist', () => {
    const r = run(['collect', 'aws', '-o', 'missing/out.json'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nimbus: cannot write .*missing\/out\.json: .*ENOENT/);
  });
});

describe('nimbus collect aws: no credentials', () => {
  const noCredentials = () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'credentials'), '');
    writeFileSync(join(dir, 'config'), '');
    const env = cleanEnv({
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_CONFIG_FILE: join(dir, 'config'),
      // Keeps the SDK from asking an instance metadata service that is not there.
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    return { dir, env };
  };

  it('says so clearly, without a stack trace, and exits 2', () => {
    const { dir, env } = noCredentials();
    const r = run(['collect', 'aws', '-o', 'account.json', '--regions', 'eu-west-1'], dir, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'nimbus: no AWS credentials found: set AWS_PROFILE (or pass --profile), set AWS_ACCESS_KEY_ID and ' +
        'AWS_SECRET_ACCESS_KEY, or run "aws sso login"\n',
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(dir, 'account.json'))).toBe(false);
  });

  it('names the profile that is missing', () => {
    const { dir, env } = noCredentials();
    const r = run(['collect', 'aws', '-o', 'account.json', '--profile', 'audit'], dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nimbus: no AWS credentials found for profile "audit": /);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

const ACCOUNT = '123456789012';

/** A small snapshot with known problems, as `nimbus collect aws` writes it. */
const fixtureSnapshot = () => ({
  nimbusSnapshot: 1,
  provider: 'aws',
  account: { id: ACCOUNT },
  collectedAt: '2025-03-01T10:00:00.000Z',
  collector: { name: '@nimbus/collect-aws', version: '0.1.0' },
  regions: ['eu-west-1'],
  services: {
    ec2: {
      'eu-west-1': {
        instances: [
          { InstanceId: 'i-0abc', MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' } },
        ],
        securityGroups: [
          {
            GroupId: 'sg-0abc',
            IpPermissions: [
              { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
            ],
          },
        ],
      },
    },
    s3: { global: { buckets: [{ Name: 'exposed', BucketRegion: 'eu-west-1', GetPublicAccessBlock: null }] } },
  },
  errors: [
    {
      service: 'ec2',
      region: 'eu-west-1',
      operation: 'DescribeVolumes',
      code: 'UnauthorizedOperation',
      message: 'no',
    },
  ],
});

describe('nimbus scan on a snapshot', () => {
  it('reports findings located in the snapshot, addressed by ARN, and warns that it is partial', () => {
    const dir = tempDir();
    const text = JSON.stringify(fixtureSnapshot(), null, 2);
    writeFileSync(join(dir, 'account.json'), text);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

    const json = run(['scan', 'account.json', '--format', 'json'], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.summary.files).toEqual({
      scanned: 1,
      byFormat: expect.objectContaining({ snapshot: 1 }),
      failed: 0,
    });
    const failures = report.results
      .filter((r: { status: string }) => r.status === 'fail')
      .map(
        (r: { checkId: string; resource: { address: string }; location: { file: string; line: number } }) => [
          r.checkId,
          r.resource.address,
          `${r.location.file}:${r.location.line}`,
        ],
      );
    expect(failures).toEqual(
      expect.arrayContaining([
        [
          'aws-ec2-imdsv2-required',
          `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abc`,
          `account.json:${lineOf('"HttpTokens"')}`,
        ],
        [
          'aws-ec2-no-ssh-from-internet',
          `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-0abc`,
          `account.json:${lineOf('"CidrIp"') - 1}`,
        ],
        [
          'aws-s3-public-access-blocked',
          'arn:aws:s3:::exposed',
          `account.json:${lineOf('"GetPublicAccessBlock"')}`,
        ],
      ]),
    );
    expect(report.warnings).toEqual([
      {
        location: { file: 'account.json', line: lineOf('"service": "ec2"') - 1 },
        message: expect.stringMatching(
          /^ec2 in eu-west-1 was not collected: UnauthorizedOperation on DescribeVolumes/,
        ),
      },
    ]);

    const table = run(['scan', 'account.json'], dir);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain(`aws-ec2-imdsv2-required  account.json:${lineOf('"HttpTokens"')}`);
    expect(table.stdout).toContain(`arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abc`);
  });

  it('exits 2 on a snapshot that breaks the format, pointing at the line', () => {
    const dir = tempDir();
    const doc = fixtureSnapshot();
    (doc.account as { id: string }).id = 'acme';
    const text = JSON.stringify(doc, null, 2);
    writeFileSync(join(dir, 'broken.json'), text);
    const r = run(['scan', 'broken.json', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    const errors = JSON.parse(r.stdout).results.filter((x: { status: string }) => x.status === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        location: { file: 'broken.json', line: text.split('\n').findIndex((l) => l.includes('"acme"')) + 1 },
        message: 'snapshot: account.id: expected a 12-digit AWS account id',
      }),
    ]);
  });
});
