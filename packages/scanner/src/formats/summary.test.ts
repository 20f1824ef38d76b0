import { describe, expect, it } from 'vitest';
import type { ScanResult, Suppression } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import { SUMMARY_BUCKETS, summarize, summaryBucket } from './summary.js';

const accepted: Suppression = {
  kind: 'config',
  reason: 'risk accepted until the migration, RISK-7',
  location: { file: '.nimbus.yaml', line: 3 },
  expires: '2027-06-30',
};

let line = 0;
const result = (
  status: ScanResult['status'],
  controls: readonly string[],
  extra: Partial<ScanResult> = {},
): ScanResult => {
  line += 1;
  return {
    checkId: 'aws-s3-versioning-enabled',
    status,
    severity: 'medium',
    resource: { address: `aws_s3_bucket.b${line}`, kind: 'aws.s3.bucket' },
    location: { file: 'main.tf', line },
    message: status,
    controls,
    ...extra,
  };
};

const report = (results: readonly ScanResult[]): ScanReport => ({
  scannedAt: '2026-11-28T12:00:00.000Z',
  framework: 'iso27017:2015',
  files: {
    scanned: 1,
    byFormat: {
      cloudformation: 0,
      kubernetes: 0,
      snapshot: 0,
      terraform: 1,
      'terraform-plan': 0,
      unrecognized: 0,
    },
    failed: 0,
  },
  resources: results.length,
  checks: [],
  runs: [],
  results,
  warnings: [],
});

describe('summaryBucket', () => {
  it('counts a suppressed failure or unknown as suppressed, and every other result by its status', () => {
    expect(summaryBucket(result('fail', [], { suppression: accepted }))).toBe('suppressed');
    expect(summaryBucket(result('unknown', [], { suppression: accepted }))).toBe('suppressed');
    expect(summaryBucket(result('fail', []))).toBe('fail');
    // A pass needs no suppression and an error is never hidden, whatever they carry.
    expect(summaryBucket(result('pass', [], { suppression: accepted }))).toBe('pass');
    expect(summaryBucket(result('error', [], { suppression: accepted }))).toBe('error');
  });
});

describe('summarize', () => {
  const results = [
    result('pass', ['12.3.1']),
    result('fail', ['12.3.1', '12.4.1'], { severity: 'high' }),
    result('fail', ['12.3.1'], { severity: 'high', suppression: accepted }),
    result('fail', ['12.4.1'], { severity: 'low', suppression: accepted }),
    result('unknown', ['12.4.1'], { suppression: accepted }),
    result('unknown', ['12.4.1']),
    result('error', ['CLD.12.1.5']),
    result('fail', [], { severity: 'low' }),
  ];
  const summary = summarize(report(results), (id) => (id === '12.3.1' ? 'Information backup' : undefined));

  it('counts suppressed failures and unknowns apart, so that the buckets add up to the results', () => {
    expect(summary.counts).toEqual({ pass: 1, fail: 2, unknown: 1, error: 1, suppressed: 3 });
    expect(SUMMARY_BUCKETS.reduce((sum, b) => sum + summary.counts[b], 0)).toBe(results.length);
  });

  it('gives failures by severity for the failures it counts, suppressed ones left out', () => {
    expect(summary.failuresBySeverity).toEqual({ low: 1, medium: 0, high: 1, critical: 0 });
  });

  it('counts the same buckets per control, each result under every control of its check', () => {
    // CLD.12.1.5 extends clause 12.1, so it sorts before 12.3.1.
    expect(summary.controls).toEqual([
      {
        id: 'CLD.12.1.5',
        counts: { pass: 0, fail: 0, unknown: 0, error: 1, suppressed: 0 },
        checks: ['aws-s3-versioning-enabled'],
      },
      {
        id: '12.3.1',
        title: 'Information backup',
        counts: { pass: 1, fail: 1, unknown: 0, error: 0, suppressed: 1 },
        checks: ['aws-s3-versioning-enabled'],
      },
      {
        id: '12.4.1',
        counts: { pass: 0, fail: 1, unknown: 1, error: 0, suppressed: 2 },
        checks: ['aws-s3-versioning-enabled'],
      },
    ]);
  });

  it('has every bucket at zero for an empty scan', () => {
    expect(summarize(report([]))).toEqual({
      counts: { pass: 0, fail: 0, unknown: 0, error: 0, suppressed: 0 },
      failuresBySeverity: { low: 0, medium: 0, high: 0, critical: 0 },
      controls: [],
    });
  });
});
