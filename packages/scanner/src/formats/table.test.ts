import { beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/report-sample.js';
import type { ScanReport } from '../runner/scan.js';
import { summarize } from './summary.js';
import { formatTable, terminalSafe } from './table.js';

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

describe('table summary per control', () => {
  const header = (t: string) => t.split('\n').find((l) => l.includes(' control ')) ?? '';
  const row = (t: string, id: string) => t.split('\n').find((l) => l.startsWith(`  ${id} `)) ?? '';

  it('adds a suppressed column when the scan has suppressed results, and counts them there only', () => {
    expect(header(text).trim().split(/ +/).slice(-5)).toEqual([
      'pass',
      'fail',
      'unknown',
      'error',
      'suppressed',
    ]);
    // 12.3.1 holds the suppressed versioning failure: counted as suppressed, not failed.
    const summary = summarize(report).controls.find((c) => c.id === '12.3.1');
    expect(summary?.counts.suppressed).toBe(1);
    const { pass, fail, unknown, error, suppressed } = summary?.counts ?? {};
    expect(row(text, '12.3.1').trim().split(/ +/).slice(-5)).toEqual(
      [pass, fail, unknown, error, suppressed].map(String),
    );
    expect(header(text).length).toBe(row(text, '12.3.1').length);
  });

  it('leaves the column out when nothing is suppressed', () => {
    const none = formatTable(
      { ...report, results: report.results.map(({ suppression: _, ...r }) => r) },
      { toolVersion: '0.1.0' },
    );
    expect(header(none).trim().split(/ +/).slice(-5)).toEqual([
      'control',
      'pass',
      'fail',
      'unknown',
      'error',
    ]);
  });
});

describe('table summary line', () => {
  const withFormats = (byFormat: Partial<ScanReport['files']['byFormat']>, failed = 0): string => {
    const files = {
      scanned: 0,
      failed,
      byFormat: {
        cloudformation: 0,
        kubernetes: 0,
        snapshot: 0,
        terraform: 0,
        'terraform-plan': 0,
        unrecognized: 0,
        ...byFormat,
      },
    };
    files.scanned = Object.values(files.byFormat).reduce((a, b) => a + b, 0) + failed;
    return formatTable({ ...report, files }, { toolVersion: '0.1.0' }).split('\n')[0] ?? '';
  };

  it('counts the files of every input format, Terraform, plans and snapshots included', () => {
    expect(
      withFormats({
        cloudformation: 2,
        terraform: 3,
        'terraform-plan': 1,
        kubernetes: 4,
        snapshot: 2,
        unrecognized: 1,
      }),
    ).toMatch(
      /^Scanned 13 files \(2 CloudFormation, 3 Terraform, 1 Terraform plan, 4 Kubernetes, 2 snapshots, 1 not recognized\): /,
    );
    expect(withFormats({ 'terraform-plan': 2, snapshot: 1 }, 1)).toMatch(
      /^Scanned 4 files \(2 Terraform plans, 1 snapshot, 1 with errors\): /,
    );
    expect(withFormats({ terraform: 1 })).toMatch(/^Scanned 1 file \(1 Terraform\): /);
  });

  it('leaves out formats with no file', () => {
    const line = withFormats({ kubernetes: 4 });
    expect(line).toMatch(/^Scanned 4 files \(4 Kubernetes\): /);
    expect(line).not.toMatch(/Terraform|snapshot|CloudFormation/);
  });
});

describe('terminal safety', () => {
  /** Whatever a terminal would act on: C0 (but the line breaks the table puts), DEL, C1, bidi overrides. */
  const UNSAFE_CODES = (text: string) =>
    [...text]
      .map((c) => c.codePointAt(0) ?? 0)
      .filter(
        (c) =>
          (c < 0x20 && c !== 0x0a) ||
          (c >= 0x7f && c <= 0x9f) ||
          (c >= 0x202a && c <= 0x202e) ||
          (c >= 0x2066 && c <= 0x2069),
      );

  it('escapes control characters, ANSI sequences and bidirectional overrides, and keeps other text', () => {
    expect(terminalSafe('\u001b[31mred\u001b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(terminalSafe('\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007')).toBe(
      '\\x1b]8;;http://evil.example\\x07link\\x1b]8;;\\x07',
    );
    expect(terminalSafe('a\r\nb\tc\u0000\u007f')).toBe('a\\x0d\\x0ab\\x09c\\x00\\x7f');
    expect(terminalSafe('\u009b2J\u0085')).toBe('\\x9b2J\\x85');
    expect(terminalSafe('admin\u202egnp.exe\u2066x\u2069')).toBe('admin\\u202egnp.exe\\u2066x\\u2069');
    expect(terminalSafe('Deployment/x/web 🙂 שלום é ü ✓ …')).toBe('Deployment/x/web 🙂 שלום é ü ✓ …');
    expect(terminalSafe('')).toBe('');
  });

  it('prints no value from a scanned file raw: addresses, messages, files, suppressions, errors, warnings', () => {
    const failure = report.results.find((r) => r.status === 'fail' && !r.suppression);
    const unknown = report.results.find((r) => r.status === 'unknown');
    if (!failure || !unknown) throw new Error('the sample has no plain failure or unknown');
    const esc = '\u001b[2J\u001b[31m';
    const evil = {
      ...failure,
      resource: { address: `AWS::S3::Bucket ${esc}Logs\u0007`, kind: 'aws.s3.bucket' as const },
      subject: 'rule\r  HIGH  forged',
      location: { file: `acme/${esc}x.yaml`, line: 3 },
      message: 'fine\n  LOW      forged-check  nowhere:1',
      remediation: `\u009b31mFix it\u001b]0;title\u0007`,
    };
    const hidden = {
      ...unknown,
      resource: { address: `AWS::EC2::Volume \u202eemuloV`, kind: 'aws.ec2.volume' as const },
      message: `cannot tell\u0085${esc}`,
    };
    const suppressed = {
      ...failure,
      checkId: 'aws-s3-encryption-kms',
      suppression: {
        kind: 'inline' as const,
        reason: `accepted${esc}\nby nobody`,
        location: { file: `acme/${esc}y.yaml`, line: 9 },
      },
    };
    const text = formatTable(
      {
        ...report,
        results: [
          evil,
          hidden,
          suppressed,
          {
            checkId: 'input',
            status: 'error',
            location: { file: `a${esc}.yaml`, line: 1 },
            message: `bad\u001b[0m`,
            controls: [],
          },
        ],
        warnings: [
          { level: 'warning', location: { file: `w\u0000.yaml`, line: 2 }, message: `odd\r\u001b[K` },
        ],
      },
      { toolVersion: '0.1.0', frameworkName: `ISO\u001b[5m`, controlTitle: () => `Title\u001b[8m hidden` },
    );
    expect(UNSAFE_CODES(text)).toEqual([]);
    expect(text).toContain('           AWS::S3::Bucket \\x1b[2J\\x1b[31mLogs\\x07 (rule\\x0d  HIGH  forged)');
    expect(text).toContain('           fine\\x0a  LOW      forged-check  nowhere:1');
    expect(text).toContain('acme/\\x1b[2J\\x1b[31mx.yaml:3');
    expect(text).toContain('Fix: \\x9b31mFix it\\x1b]0;title\\x07');
    expect(text).toContain('AWS::EC2::Volume \\u202eemuloV');
    expect(text).toContain('           cannot tell\\x85\\x1b[2J\\x1b[31m');
    expect(text).toContain(
      'inline comment at acme/\\x1b[2J\\x1b[31my.yaml:9): accepted\\x1b[2J\\x1b[31m\\x0aby nobody',
    );
    expect(text).toContain('  input  a\\x1b[2J\\x1b[31m.yaml:1  bad\\x1b[0m');
    expect(text).toContain('  w\\x00.yaml:2  odd\\x0d\\x1b[K');
    expect(text).toContain('ISO\\x1b[5m control');
    expect(text).toContain('Title\\x1b[8m hidden');
    // A value cannot start a line of its own: the forged lines stay inside the lines that hold them.
    const starts = text.split('\n').map((l) => l.trimStart());
    expect(starts.filter((l) => /^(LOW|HIGH) +forged|^by nobody/.test(l))).toEqual([]);
  });

  it('shows the NUL and BEL of the hostile sample resource escaped', () => {
    expect(UNSAFE_CODES(text)).toEqual([]);
    expect(text).toContain(`&amp;\\x00\\x07🙂 שלום`);
  });
});
