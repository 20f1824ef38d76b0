import { describe, expect, it } from 'vitest';
import { JSON_FORMAT_VERSION, toJsonReport } from '../src/formats/json.js';
import { formatTable } from '../src/formats/table.js';
import { scan } from '../src/runner/scan.js';
import { brokenFixture, FIXTURES, testCatalog } from './helpers.js';

const NOW = () => new Date('2026-11-28T12:00:00Z');
const titleOf = (id: string) => testCatalog().findControl(id)?.title;

describe('scanning the Acme fixtures', () => {
  it('finds exactly the planted mistakes, each at its file and line', async () => {
    const report = await scan({ paths: ['acme'], cwd: FIXTURES, now: NOW });
    const failures = report.results
      .filter((r) => r.status === 'fail')
      .map((r) => `${r.checkId} ${r.resource?.address} ${r.location.file}:${r.location.line}`);
    expect(failures).toEqual([
      'aws-ec2-no-ssh-from-internet AWS::EC2::SecurityGroup BastionSecurityGroup acme/cloudformation/platform.yaml:83',
      'aws-ec2-imdsv2-required AWS::EC2::Instance Bastion acme/cloudformation/platform.yaml:110',
      'aws-ec2-no-public-ip AWS::EC2::Instance Bastion acme/cloudformation/platform.yaml:115',
      'aws-s3-versioning-enabled AWS::S3::Bucket AccessLogBucket acme/cloudformation/platform.yaml:160',
      'aws-s3-encryption-kms AWS::S3::Bucket AccessLogBucket acme/cloudformation/platform.yaml:166',
      'aws-cloudtrail-log-validation AWS::CloudTrail::Trail AuditTrail acme/cloudformation/platform.yaml:174',
      'k8s-namespace-network-policy Namespace/storefront acme/kubernetes/namespaces.yaml:8',
      'k8s-no-cluster-admin-binding ClusterRoleBinding/ci-deployer-admin acme/kubernetes/rbac.yaml:19',
      'k8s-read-only-root-filesystem Deployment/storefront/web acme/kubernetes/storefront.yaml:20',
      'k8s-no-latest-image-tag Deployment/storefront/web acme/kubernetes/storefront.yaml:21',
    ]);
    expect(report.results.filter((r) => r.status === 'error' || r.status === 'unknown')).toEqual([]);
    expect(report.files).toEqual({
      scanned: 7,
      byFormat: { cloudformation: 2, kubernetes: 4, unrecognized: 1 },
      failed: 0,
    });
    expect(report.results.filter((r) => r.status === 'pass').length).toBeGreaterThan(30);
  });

  it('resolves parameter defaults and conditions in the template (backup retention 14 in production)', async () => {
    const report = await scan({
      paths: ['acme/cloudformation'],
      cwd: FIXTURES,
      checks: ['aws-rds-backup-retention'],
    });
    expect(report.results.map((r) => r.message)).toEqual(['backups are kept for 14 days']);
  });

  it('reads the JSON template with line numbers', async () => {
    const report = await scan({ paths: ['acme/cloudformation/backup-key.json'], cwd: FIXTURES });
    expect(report.results).toEqual([
      expect.objectContaining({
        checkId: 'aws-kms-key-rotation',
        status: 'pass',
        location: { file: 'acme/cloudformation/backup-key.json', line: 9 },
      }),
    ]);
  });

  it('turns a file that cannot be parsed into an error result and scans the rest', async () => {
    const report = await scan({ paths: ['broken'], cwd: brokenFixture(), now: NOW });
    expect(report.results.filter((r) => r.status === 'error')).toEqual([
      {
        checkId: 'input',
        status: 'error',
        location: { file: 'broken/broken.yaml', line: 13 },
        message: expect.stringMatching(/^cannot parse: /),
        controls: [],
      },
    ]);
    expect(report.results.filter((r) => r.resource?.address === 'Pod/ops/toolbox').length).toBeGreaterThan(5);
    expect(report.files.failed).toBe(1);
  });

  it('runs only the selected checks, and refuses unknown ids with suggestions', async () => {
    const only = await scan({ paths: ['acme'], cwd: FIXTURES, checks: ['k8s-no-latest-image-tag'] });
    expect(new Set(only.results.map((r) => r.checkId))).toEqual(new Set(['k8s-no-latest-image-tag']));
    const skipped = await scan({ paths: ['acme'], cwd: FIXTURES, skipChecks: ['k8s-no-latest-image-tag'] });
    expect(skipped.checks.map((c) => c.id)).not.toContain('k8s-no-latest-image-tag');
    await expect(
      scan({ paths: ['acme'], cwd: FIXTURES, checks: ['k8s-no-latest-tag'] }),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { suggestions: expect.arrayContaining(['k8s-no-latest-image-tag']) },
    });
  });
});

describe('report formats', () => {
  it('summarizes per ISO/IEC 27017 control, then lists failures with file:line, resource, check, severity and fix', async () => {
    const report = await scan({ paths: ['acme'], cwd: FIXTURES, now: NOW });
    const text = formatTable(report, { toolVersion: '0.1.0', controlTitle: titleOf });
    expect(text).toMatch(
      /^Scanned 7 files \(2 CloudFormation, 4 Kubernetes, 1 not recognized\): \d+ resources, 27 checks/,
    );
    expect(text).toMatch(/ {2}CLD\.9\.5\.2 +Virtual machine hardening +\d+ +4 +0 +0/);
    expect(text).toMatch(/ {2}12\.4\.2 +Protection of log information +0 +1 +0 +0/);
    const failure = text.slice(text.indexOf('Failures (10)'));
    expect(failure).toContain(
      [
        '  HIGH     aws-ec2-no-ssh-from-internet  acme/cloudformation/platform.yaml:83',
        '           AWS::EC2::SecurityGroup BastionSecurityGroup (ingress[0])',
        '           ingress[0] opens SSH (port 22) to 0.0.0.0/0',
        '           Fix: Remove the rule',
      ].join('\n'),
    );
    expect(failure.indexOf('HIGH')).toBeLessThan(failure.indexOf('MEDIUM'));
    expect(failure.indexOf('MEDIUM')).toBeLessThan(failure.indexOf('LOW'));
    expect(text.trimEnd().split('\n').at(-1)).toMatch(
      /^10 failed \(3 high, 6 medium, 1 low\), \d+ passed, 0 unknown, 0 errors$/,
    );
  });

  it('writes versioned JSON with tool, time, summary and every result', async () => {
    const report = await scan({ paths: ['acme'], cwd: FIXTURES, now: NOW });
    const json = toJsonReport(report, { toolVersion: '0.1.0', controlTitle: titleOf });
    expect(json).toMatchObject({
      formatVersion: JSON_FORMAT_VERSION,
      tool: { name: 'nimbus', version: '0.1.0' },
      scannedAt: '2026-11-28T12:00:00.000Z',
      framework: 'iso27017:2015',
      summary: { checks: 27, results: { fail: 10, unknown: 0, error: 0 } },
    });
    expect(json.summary.controls.find((c) => c.id === '9.2.3')).toEqual({
      id: '9.2.3',
      title: 'Management of privileged access rights',
      counts: { pass: 1, fail: 1, unknown: 0, error: 0 },
      checks: ['k8s-no-cluster-admin-binding'],
    });
    expect(json.results.length).toBe(report.results.length);
    expect(json.checks[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        durationMs: expect.any(Number),
        resources: expect.any(Number),
      }),
    );
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
