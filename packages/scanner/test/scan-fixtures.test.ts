import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../src/checks/registry.js';
import { JSON_FORMAT_VERSION, toJsonReport } from '../src/formats/json.js';
import { formatTable } from '../src/formats/table.js';
import { scan } from '../src/runner/scan.js';
import { brokenFixture, FIXTURES, testCatalog } from './helpers.js';

const NOW = () => new Date('2026-11-28T12:00:00Z');
const titleOf = (id: string) => testCatalog().findControl(id)?.title;
/** Every built-in check runs on a scan without selection: counts follow the registry as checks are added. */
const CHECK_COUNT = builtinChecks().length;

describe('scanning the Acme fixtures', () => {
  it('finds exactly the planted mistakes, each at its file and line', async () => {
    const report = await scan({ paths: ['acme'], cwd: FIXTURES, now: NOW });
    const failures = report.results
      .filter((r) => r.status === 'fail')
      .map((r) => `${r.checkId} ${r.resource?.address} ${r.location.file}:${r.location.line}`);
    expect(failures).toEqual([
      'aws-ec2-no-ssh-from-internet AWS::EC2::SecurityGroup BastionSecurityGroup acme/cloudformation/platform.yaml:83',
      'aws-ec2-imdsv2-required AWS::EC2::Instance Bastion acme/cloudformation/platform.yaml:110',
      // The bastion sets no DisableApiTermination, and names no launch template that would.
      'aws-ec2-termination-protection AWS::EC2::Instance Bastion acme/cloudformation/platform.yaml:110',
      'aws-ec2-no-public-ip AWS::EC2::Instance Bastion acme/cloudformation/platform.yaml:115',
      // Neither bucket declares a LifecycleConfiguration: objects are kept until deleted by hand.
      'aws-s3-lifecycle-expiration AWS::S3::Bucket CustomerDataBucket acme/cloudformation/platform.yaml:143',
      'aws-s3-lifecycle-expiration AWS::S3::Bucket AccessLogBucket acme/cloudformation/platform.yaml:160',
      'aws-s3-versioning-enabled AWS::S3::Bucket AccessLogBucket acme/cloudformation/platform.yaml:160',
      'aws-s3-encryption-kms AWS::S3::Bucket AccessLogBucket acme/cloudformation/platform.yaml:166',
      // The trail sets neither CloudWatchLogsLogGroupArn nor KMSKeyId.
      'aws-cloudtrail-cloudwatch-integration AWS::CloudTrail::Trail AuditTrail acme/cloudformation/platform.yaml:174',
      'aws-cloudtrail-kms-encrypted AWS::CloudTrail::Trail AuditTrail acme/cloudformation/platform.yaml:174',
      'aws-cloudtrail-log-validation AWS::CloudTrail::Trail AuditTrail acme/cloudformation/platform.yaml:174',
      'k8s-namespace-network-policy Namespace/storefront acme/kubernetes/namespaces.yaml:8',
      'k8s-no-cluster-admin-binding ClusterRoleBinding/ci-deployer-admin acme/kubernetes/rbac.yaml:19',
      // The storefront pod runs as the default service account, tokens mounted, and sets no seccomp profile.
      'k8s-service-account-token-not-automounted Deployment/storefront/web acme/kubernetes/storefront.yaml:1',
      'k8s-read-only-root-filesystem Deployment/storefront/web acme/kubernetes/storefront.yaml:20',
      'k8s-seccomp-profile-set Deployment/storefront/web acme/kubernetes/storefront.yaml:20',
      'k8s-no-latest-image-tag Deployment/storefront/web acme/kubernetes/storefront.yaml:21',
    ]);
    expect(report.results.filter((r) => r.status === 'error' || r.status === 'unknown')).toEqual([]);
    expect(report.files).toEqual({
      scanned: 7,
      byFormat: {
        cloudformation: 2,
        kubernetes: 4,
        snapshot: 0,
        terraform: 0,
        'terraform-plan': 0,
        unrecognized: 1,
      },
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
      // PendingWindowInDays is not set: the key resource's line, and the 30-day default passes.
      expect.objectContaining({
        checkId: 'aws-kms-key-deletion-window',
        status: 'pass',
        location: { file: 'acme/cloudformation/backup-key.json', line: 5 },
        message: 'no waiting period is set: deletion waits the default 30 days',
      }),
      expect.objectContaining({
        checkId: 'aws-kms-key-rotation',
        status: 'pass',
        location: { file: 'acme/cloudformation/backup-key.json', line: 9 },
      }),
    ]);
  });

  it('words AWS messages for every input format, naming no CloudFormation property', async () => {
    const report = await scan({
      paths: ['acme', 'terraform/app', 'terraform-plan/plan.json'],
      cwd: FIXTURES,
      now: NOW,
    });
    const { cloudformation, terraform, 'terraform-plan': plans } = report.files.byFormat;
    expect([cloudformation, plans]).toEqual([2, 1]);
    expect(terraform).toBeGreaterThan(0);
    const messages = report.results
      .filter((r) => r.checkId.startsWith('aws-'))
      .map((r) => `${r.checkId}: ${r.message}`);
    expect(messages.length).toBeGreaterThan(60);
    // `KMSKeyId is not set` reads wrong on a Terraform result; `no KMS key is set` reads right on all of them.
    const pascalSetting = /\b[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]* is\b/;
    expect(messages.filter((m) => /CloudFormation/.test(m) || pascalSetting.test(m))).toEqual([]);
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
      new RegExp(
        `^Scanned 7 files \\(2 CloudFormation, 4 Kubernetes, 1 not recognized\\): 22 resources, ${CHECK_COUNT} checks\n`,
      ),
    );
    expect(text).toMatch(/ {2}CLD\.9\.5\.2 +Virtual machine hardening +\d+ +5 +0 +0/);
    expect(text).toMatch(/ {2}12\.4\.2 +Protection of log information +0 +2 +0 +0/);
    const failure = text.slice(text.indexOf('Failures (17)'));
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
      /^17 failed \(3 high, 10 medium, 4 low\), \d+ passed, 0 unknown, 0 errors$/,
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
      summary: { checks: CHECK_COUNT, results: { fail: 17, unknown: 0, error: 0 } },
    });
    expect(json.summary.controls.find((c) => c.id === '9.2.3')).toEqual({
      id: '9.2.3',
      title: 'Management of privileged access rights',
      counts: { pass: 2, fail: 2, unknown: 0, error: 0, suppressed: 0 },
      checks: ['k8s-no-cluster-admin-binding', 'k8s-service-account-token-not-automounted'],
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
