import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../runner/result.js';
import { applySuppressions, resourceKey } from './apply.js';
import { parseScanConfig } from './config.js';
import { globToRegExp } from './glob.js';
import { findInlineIgnores } from './inline.js';

const result = (over: Partial<ScanResult> = {}): ScanResult => ({
  checkId: 'aws-s3-versioning-enabled',
  status: 'fail',
  severity: 'medium',
  resource: { address: 'aws_s3_bucket.logs', kind: 'aws.s3.bucket' },
  location: { file: 'infra/main.tf', line: 12 },
  message: 'versioning is not enabled',
  controls: ['12.3.1'],
  ...over,
});

const CONFIG = `# risk acceptances, reviewed quarterly
suppressions:
  - check: aws-s3-versioning-enabled
    resource: aws_s3_bucket.logs*
    reason: access logs are write-once; accepted by the CISO
    expires: 2027-06-30
  - check: aws-ec2-imdsv2-required
    file: infra/legacy/**
    reason: legacy hosts are retired in Q1, see CHG-1042
    expires: 2026-01-31
  - check: "*"
    resource: module.sandbox.*
    reason: sandbox account, no customer data in it
    expires: 2027-01-01
`;

describe('globs', () => {
  it('match addresses across dots and brackets, and paths within or across folders', () => {
    expect(globToRegExp('aws_s3_bucket.logs*', { paths: false }).test('aws_s3_bucket.logs["eu"]')).toBe(true);
    expect(
      globToRegExp('module.*.aws_instance.web', { paths: false }).test('module.a.b.aws_instance.web'),
    ).toBe(true);
    expect(globToRegExp('infra/*.tf', { paths: true }).test('infra/legacy/main.tf')).toBe(false);
    expect(globToRegExp('infra/**', { paths: true }).test('infra/legacy/main.tf')).toBe(true);
    expect(globToRegExp('**/main.tf', { paths: true }).test('main.tf')).toBe(true);
    expect(globToRegExp('a.(b)+[c]', { paths: false }).test('a.(b)+[c]')).toBe(true);
    expect(globToRegExp('a.(b)+[c]', { paths: false }).test('aX(b)+[c]')).toBe(false);
  });
});

describe('.nimbus.yaml', () => {
  it('reads suppressions with the line of each entry', () => {
    const { config, issues } = parseScanConfig('.nimbus.yaml', CONFIG);
    expect(issues).toEqual([]);
    expect(config?.suppressions.map((s) => [s.check, s.line, s.expires])).toEqual([
      ['aws-s3-versioning-enabled', 3, '2027-06-30'],
      ['aws-ec2-imdsv2-required', 7, '2026-01-31'],
      ['*', 11, '2027-01-01'],
    ]);
  });

  it('rejects entries without a reason or an expiry date, unknown keys and bad dates, with their lines', () => {
    const text = `suppressions:
  - check: aws-s3-versioning-enabled
    reason: ok
  - check: x
    reason: a real reason given here
    expires: 2027-02-30
  - check: y
    reason: a real reason given here
    expires: 2027-01-30
    colour: blue
`;
    const { config, issues } = parseScanConfig('.nimbus.yaml', text);
    expect(config).toBeUndefined();
    const messages = issues.map((i) => `${i.location.line}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3: suppressions\.0\.reason: .*10 characters/),
        expect.stringMatching(/^2: suppressions\.0\.expires/),
        expect.stringMatching(/^6: suppressions\.1\.expires: .*calendar date/),
        expect.stringMatching(/^7: suppressions\.2: .*colour/),
      ]),
    );
  });

  it('reports malformed YAML and a second document as errors, never a crash', () => {
    expect(parseScanConfig('.nimbus.yaml', 'suppressions: [').issues[0]?.message).toMatch(/cannot parse/);
    expect(parseScanConfig('.nimbus.yaml', 'a: 1\n---\nb: 2\n').issues[0]?.message).toMatch(
      /one YAML document/,
    );
    expect(parseScanConfig('.nimbus.yaml', '').config?.suppressions).toEqual([]);
  });
});

describe('inline comments', () => {
  it('finds nimbus:ignore in YAML and HCL comments, and flags those without a check or a reason', () => {
    const text = [
      'resource "aws_instance" "web" { # nimbus:ignore aws-ec2-imdsv2-required,aws-ec2-no-public-ip golden AMI enforces it',
      '  // nimbus:ignore aws-ec2-ebs-encrypted scratch disk, wiped nightly',
      '  # nimbus:ignore aws-ec2-no-public-ip',
      '  # nimbus:ignore',
      '  name = "nimbus:ignore is mentioned in a string"',
    ].join('\n');
    const { ignores, invalid } = findInlineIgnores(text);
    expect(ignores).toEqual([
      {
        line: 1,
        checks: ['aws-ec2-imdsv2-required', 'aws-ec2-no-public-ip'],
        reason: 'golden AMI enforces it',
      },
      { line: 2, checks: ['aws-ec2-ebs-encrypted'], reason: 'scratch disk, wiped nightly' },
    ]);
    expect(invalid.map((i) => i.line)).toEqual([3, 4]);
  });
});

describe('applying suppressions', () => {
  const config = parseScanConfig('.nimbus.yaml', CONFIG).config!;
  const sources = (over: Partial<Parameters<typeof applySuppressions>[1]> = {}) => ({
    config,
    inline: new Map(),
    resourceLines: new Map(),
    today: '2026-11-28',
    ...over,
  });

  it('marks results covered by a config entry, with its reason, place and expiry', () => {
    const { results } = applySuppressions(
      [result(), result({ resource: { address: 'aws_s3_bucket.data', kind: 'aws.s3.bucket' } })],
      sources(),
    );
    expect(results[0]!.suppression).toEqual({
      kind: 'config',
      reason: 'access logs are write-once; accepted by the CISO',
      location: { file: '.nimbus.yaml', line: 3 },
      expires: '2027-06-30',
    });
    expect(results[1]!.suppression).toBeUndefined();
  });

  it('stops suppressing after the expiry date and says so', () => {
    const legacy = result({
      checkId: 'aws-ec2-imdsv2-required',
      location: { file: 'infra/legacy/hosts.tf', line: 3 },
    });
    const { results, warnings } = applySuppressions([legacy], sources());
    expect(results[0]!.suppression).toBeUndefined();
    expect(warnings.map((w) => [w.location.line, w.message])).toEqual(
      expect.arrayContaining([
        [
          7,
          'suppression of aws-ec2-imdsv2-required expired on 2026-01-31: 1 result(s) it covered are reported again',
        ],
      ]),
    );
  });

  it('warns about an entry that matches nothing, and never hides passes or errors', () => {
    const { results, warnings } = applySuppressions(
      [result({ status: 'pass' }), result({ status: 'error', message: 'check failed: boom' })],
      sources(),
    );
    expect(results.every((r) => r.suppression === undefined)).toBe(true);
    expect(
      warnings.filter((w) => w.message.includes('matches no failed')).map((w) => w.location.line),
    ).toEqual([3, 11]);
  });

  it('takes a comment on the line of the finding, the line above it, or above the resource', () => {
    const inline = new Map([
      [
        'infra/main.tf',
        [{ line: 4, checks: ['aws-s3-versioning-enabled'], reason: 'write-once log bucket' }],
      ],
    ]);
    const resourceLines = new Map([[resourceKey('infra/main.tf', 'aws_s3_bucket.logs'), 5]]);
    const covered = applySuppressions(
      [result({ location: { file: 'infra/main.tf', line: 9 } })],
      sources({ config: undefined, inline, resourceLines }),
    );
    expect(covered.results[0]!.suppression).toMatchObject({
      kind: 'inline',
      location: { file: 'infra/main.tf', line: 4 },
    });
    const elsewhere = applySuppressions(
      [
        result({
          location: { file: 'infra/main.tf', line: 30 },
          resource: { address: 'aws_s3_bucket.other', kind: 'aws.s3.bucket' },
        }),
      ],
      sources({ config: undefined, inline, resourceLines }),
    );
    expect(elsewhere.results[0]!.suppression).toBeUndefined();
    const otherCheck = applySuppressions(
      [result({ checkId: 'aws-s3-encryption-kms', location: { file: 'infra/main.tf', line: 5 } })],
      sources({ config: undefined, inline, resourceLines }),
    );
    expect(otherCheck.results[0]!.suppression).toBeUndefined();
  });
});
