import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInput, snapshotSchema } from '@nimbus/scanner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_ACCOUNT, type FakeAws, startFakeAws } from './collect-fake-aws.js';
import { hasStackTrace, REPO } from './run-cli.js';

const BIN = join(REPO, 'packages/cli/bin/nimbus.js');

/** Runs the binary without blocking this process, which serves the fake endpoints meanwhile. */
const runAsync = (args: readonly string[], cwd: string, env: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });

let fake: FakeAws;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeAws();
  dir = mkdtempSync(join(tmpdir(), 'nimbus-collect-e2e-'));
  writeFileSync(join(dir, 'credentials'), '');
  writeFileSync(join(dir, 'config'), '');
  env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && v !== undefined) env[k] = v;
  Object.assign(env, {
    NO_COLOR: '1',
    AWS_ENDPOINT_URL: fake.url,
    AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE00',
    AWS_SECRET_ACCESS_KEY: 'example-secret',
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_EC2_METADATA_DISABLED: 'true',
  });
});

afterAll(async () => {
  await fake.close();
});

describe('nimbus collect aws against a fake AWS endpoint', () => {
  it('writes a snapshot, reports progress and a summary, and exits 0 despite a refused call', async () => {
    const r = await runAsync(['collect', 'aws', '-o', 'account.json', '--regions', 'eu-west-1'], dir, env);
    // S3 and the region are collected at once: the order varies, the count does not.
    const progress = r.stderr.split('\n').filter(Boolean);
    expect(progress.map((l) => l.replace(/ \(\d\/9\)$/, '')).sort()).toEqual([
      'collected cloudtrail in eu-west-1',
      'collected config in eu-west-1',
      'collected ec2 in eu-west-1',
      'collected eks in eu-west-1',
      'collected guardduty in eu-west-1',
      'collected iam in global',
      'collected kms in eu-west-1',
      'collected rds in eu-west-1',
      'collected s3 in global',
    ]);
    expect(progress.map((l) => l.match(/\((\d)\/9\)$/)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(r.code).toBe(0);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stdout).toBe(
      [
        `wrote account.json: AWS account ${FAKE_ACCOUNT}, 1 region(s) (eu-west-1)`,
        '  cloudtrail      0 item(s)',
        '  config          0 item(s)',
        '  ec2             3 item(s)',
        '  eks             0 item(s)',
        '  guardduty       0 item(s)',
        '  iam             0 item(s)',
        '  kms             0 item(s)',
        '  rds             0 item(s)',
        '  s3              1 item(s)',
        '1 call(s) failed: the snapshot lists them, and a scan of it warns about what they leave out',
        '  ec2 eu-west-1 DescribeFlowLogs: UnauthorizedOperation: You are not authorized to perform this operation.',
        'Scan it with: nimbus scan account.json',
        '',
      ].join('\n'),
    );
    // Written whole (no temporary file left), valid, and what the fake answered.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const text = readFileSync(join(dir, 'account.json'), 'utf8');
    const snapshot = JSON.parse(text);
    expect(snapshotSchema.safeParse(snapshot).error?.issues).toBeUndefined();
    expect(snapshot.services.s3.global.buckets[0]).toMatchObject({
      Name: 'exposed',
      GetPublicAccessBlock: null,
      GetBucketLifecycleConfiguration: null,
      GetBucketVersioning: {},
    });
    expect(snapshot.services.ec2['eu-west-1'].instances[0]).toMatchObject({
      InstanceId: 'i-0abc',
      MetadataOptions: { HttpTokens: 'optional' },
      DescribeInstanceAttribute: { DisableApiTermination: { Value: true } },
    });
    const parsed = parseInput('account.json', text);
    expect(parsed.resources.map((x) => x.address).sort()).toEqual([
      `arn:aws:ec2:eu-west-1:${FAKE_ACCOUNT}:instance/i-0abc`,
      `arn:aws:ec2:eu-west-1:${FAKE_ACCOUNT}:security-group/sg-0abc`,
      `arn:aws:ec2:eu-west-1:${FAKE_ACCOUNT}:vpc/vpc-0abc`,
      'arn:aws:s3:::exposed',
    ]);
    // Read-only: every request the collector made was a Describe, List or Get (or S3's GET).
    for (const request of fake.requests) expect(request).toMatch(/^(Describe|List|Get|GET )/);
  });

  it('then scans the snapshot with located findings', async () => {
    expect(existsSync(join(dir, 'account.json'))).toBe(true);
    const r = await runAsync(['scan', 'account.json'], dir, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/aws-ec2-no-ssh-from-internet {2}account\.json:\d+/);
    expect(r.stdout).toMatch(/aws-s3-public-access-blocked {2}account\.json:\d+/);
    expect(r.stdout).toContain(
      'ec2 in eu-west-1 was not collected: UnauthorizedOperation on DescribeFlowLogs',
    );
  });
});

describe('nimbus collect aws of a large account', () => {
  it('writes one item per line, and a scan locates each resource at its item', async () => {
    const large = await startFakeAws({ vpcs: 6000 });
    try {
      const r = await runAsync(['collect', 'aws', '-o', 'large.json', '--regions', 'eu-west-1'], dir, {
        ...env,
        AWS_ENDPOINT_URL: large.url,
      });
      expect(r.code).toBe(0);
      const text = readFileSync(join(dir, 'large.json'), 'utf8');
      const lines = text.split('\n');
      const vpcLines = lines.filter((l) => l.includes('"VpcId":"vpc-'));
      expect(vpcLines).toHaveLength(6000);
      expect(vpcLines.every((l) => /^\{.*\},?$/.test(l.trim()))).toBe(true);
      const parsed = parseInput('large.json', text);
      expect(parsed.format).toBe('snapshot');
      const vpcs = parsed.resources.filter((x) => x.kind === 'aws.ec2.vpc');
      expect(vpcs).toHaveLength(6000);
      for (const vpc of [vpcs[0], vpcs[4321], vpcs[5999]]) {
        const id = vpc?.address.split('/').pop() ?? '';
        expect(lines[(vpc?.location.line ?? 0) - 1]).toContain(`"VpcId":"${id}"`);
      }
    } finally {
      await large.close();
    }
  });
});
