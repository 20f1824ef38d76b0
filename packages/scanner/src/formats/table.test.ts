import { beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/report-sample.js';
import type { ScanReport } from '../runner/scan.js';
import { formatTable } from './table.js';

let report: ScanReport;
let text: string;
beforeAll(async () => {
  report = await sampleReport();
  text = formatTable(report, { toolVersion: '0.1.0' });
});

const section = (title: string) => {
  const start = text.indexOf(`\n${title} (`);
  if (start < 0) return '';
  const end = text.indexOf('\n\n', start + 1);
  return text.slice(start + 1, end);
};

describe('table output with suppressions', () => {
  it('lists suppressed failures in their own section, with where and why, not among the failures', () => {
    const failures = section('Failures');
    expect(failures.startsWith('Failures (9)\n')).toBe(true);
    expect(failures).not.toContain('aws-s3-versioning-enabled');
    expect(failures).not.toContain('k8s-no-latest-image-tag');
    expect(section('Suppressed')).toBe(
      [
        'Suppressed (2)',
        '  MEDIUM   aws-s3-versioning-enabled  acme/cloudformation/platform.yaml:160  AWS::S3::Bucket AccessLogBucket',
        '           suppressed (config entry at .nimbus.yaml:4, until 2027-06-30): access logs are write-once; ' +
          'versioning adds cost, risk accepted by CISO',
        '  MEDIUM   k8s-no-latest-image-tag  acme/kubernetes/storefront.yaml:21  Deployment/storefront/web',
        '           suppressed (inline comment at acme/kubernetes/storefront.yaml:20): preview environment only',
      ].join('\n'),
    );
  });

  it('counts suppressed results apart in the closing line', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '9 failed (3 high, 4 medium, 2 low), 2 suppressed, 40 passed, 1 unknown, 2 errors',
    );
  });

  it('shows a suppressed unknown as suppressed, and says nothing of suppressions when there are none', () => {
    const unknown = report.results.find((r) => r.status === 'unknown');
    if (!unknown) throw new Error('no unknown in the sample');
    const quiet = formatTable(
      {
        ...report,
        results: [
          {
            ...unknown,
            suppression: { kind: 'inline', reason: 'decided at deploy', location: unknown.location },
          },
        ],
      },
      { toolVersion: '0.1.0' },
    );
    expect(quiet).not.toContain('Unknown: could not be decided');
    expect(quiet).toContain('unknown, suppressed (inline comment at acme/cloudformation/platform.yaml:140)');
    expect(quiet.trimEnd().split('\n').at(-1)).toBe('0 failed, 1 suppressed, 0 passed, 0 unknown, 0 errors');
    const none = formatTable(
      { ...report, results: report.results.map(({ suppression: _, ...r }) => r) },
      {
        toolVersion: '0.1.0',
      },
    );
    expect(none).not.toContain('Suppressed');
    expect(none.trimEnd().split('\n').at(-1)).toBe(
      '11 failed (3 high, 6 medium, 2 low), 40 passed, 1 unknown, 2 errors',
    );
  });
});
