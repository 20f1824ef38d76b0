import type { ScanResult } from '../src/runner/result.js';
import { compareResults } from '../src/runner/run-checks.js';
import { type ScanReport, scan } from '../src/runner/scan.js';
import { FIXTURES } from './helpers.js';

export const SAMPLE_NOW = new Date('2026-11-28T12:00:00Z');

/** The checks the sample runs: fixed, so that checks added later do not change the counts the tests expect. */
export const SAMPLE_CHECKS = [
  'aws-cloudtrail-log-validation',
  'aws-cloudtrail-multi-region',
  'aws-ec2-ebs-encrypted',
  'aws-ec2-imdsv2-required',
  'aws-ec2-no-all-ports-from-internet',
  'aws-ec2-no-public-ip',
  'aws-ec2-no-rdp-from-internet',
  'aws-ec2-no-ssh-from-internet',
  'aws-kms-key-rotation',
  'aws-rds-backup-retention',
  'aws-rds-deletion-protection',
  'aws-rds-not-publicly-accessible',
  'aws-rds-storage-encrypted',
  'aws-s3-encryption-kms',
  'aws-s3-public-access-blocked',
  'aws-s3-versioning-enabled',
  'aws-vpc-flow-logs-enabled',
  'k8s-memory-limits',
  'k8s-namespace-network-policy',
  'k8s-no-cluster-admin-binding',
  'k8s-no-dangerous-capabilities',
  'k8s-no-host-namespaces',
  'k8s-no-latest-image-tag',
  'k8s-no-privilege-escalation',
  'k8s-no-privileged-containers',
  'k8s-read-only-root-filesystem',
  'k8s-run-as-non-root',
];

/** A resource name built to break careless writers: quotes, markup, CDATA end, NUL, emoji, right-to-left text. */
export const HOSTILE = `Deployment/x/"q'<script>alert(1)</script>]]>&amp;\u0000\u0007🙂 שלום =cmd|' /C calc'!A0`;

const fail = (report: ScanReport, checkId: string): ScanResult => {
  const found = report.results.find((r) => r.checkId === checkId && r.status === 'fail');
  if (!found) throw new Error(`the Acme fixtures have no failure of ${checkId}`);
  return found;
};

/**
 * The Acme scan with the sample checks (10 failures, 40 passes) plus every case a format must show: one failure suppressed in
 * `.nimbus.yaml` and one by an inline comment, an unknown, a check that crashed, a file that could not be
 * parsed, a warning, and a failure on a resource with a hostile name.
 */
export const sampleReport = async (): Promise<ScanReport> => {
  const report = await scan({ paths: ['acme'], cwd: FIXTURES, checks: SAMPLE_CHECKS, now: () => SAMPLE_NOW });
  const versioning = fail(report, 'aws-s3-versioning-enabled');
  const latest = fail(report, 'k8s-no-latest-image-tag');
  const extra: ScanResult[] = [
    {
      checkId: 'input',
      status: 'error',
      location: { file: 'broken/broken.yaml', line: 13 },
      message: 'cannot parse: flow sequence is not closed',
      controls: [],
    },
    {
      checkId: 'aws-ec2-ebs-encrypted',
      status: 'unknown',
      severity: 'high',
      resource: { address: 'AWS::EC2::Volume Scratch', kind: 'aws.ec2.volume' },
      location: { file: 'acme/cloudformation/platform.yaml', line: 140 },
      message: 'encryption is unknown (parameter EncryptVolumes has no default)',
      controls: ['10.1.1'],
    },
    {
      checkId: 'aws-kms-key-rotation',
      status: 'error',
      severity: 'medium',
      resource: { address: 'AWS::KMS::Key Broken', kind: 'aws.kms.key' },
      location: { file: 'acme/cloudformation/backup-key.json', line: 4 },
      message: 'check failed: boom',
      controls: ['10.1.2'],
    },
    {
      checkId: 'k8s-read-only-root-filesystem',
      status: 'fail',
      severity: 'low',
      resource: { address: HOSTILE, kind: 'k8s.workload' },
      subject: `container "${HOSTILE}"`,
      location: { file: 'acme/kubernetes/<odd> "name".yaml', line: 7 },
      message: `root filesystem is writable in ${HOSTILE}`,
      remediation: '=HYPERLINK("http://evil.example") set readOnlyRootFilesystem',
      controls: ['CLD.9.5.2'],
    },
  ];
  const results = report.results.map((r) =>
    r === versioning
      ? {
          ...r,
          suppression: {
            kind: 'config' as const,
            reason: 'access logs are write-once; versioning adds cost, risk accepted by CISO',
            location: { file: '.nimbus.yaml', line: 4 },
            expires: '2027-06-30',
          },
        }
      : r === latest
        ? {
            ...r,
            suppression: {
              kind: 'inline' as const,
              reason: 'preview environment only',
              location: { file: 'acme/kubernetes/storefront.yaml', line: 20 },
            },
          }
        : r,
  );
  return {
    ...report,
    files: { ...report.files, scanned: report.files.scanned + 1, failed: 1 },
    results: [...results, ...extra].sort(compareResults),
    warnings: [
      {
        level: 'warning',
        location: { file: 'acme/link.yaml', line: 1 },
        message: 'symbolic link not followed',
      },
    ],
  };
};
