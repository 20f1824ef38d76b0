import { describe, expect, it } from 'vitest';
import { applyBaseline, parseBaseline } from './baseline.js';
import type { ScanResult } from './result.js';

const fail = (address: string, line = 3): ScanResult => ({
  checkId: 'aws-ec2-imdsv2-required',
  status: 'fail',
  severity: 'high',
  resource: { address, kind: 'aws.ec2.instance' },
  location: { file: 'infra/main.tf', line },
  message: 'IMDSv1 allowed',
  controls: ['CLD.9.5.2'],
});

describe('--baseline', () => {
  const earlier = JSON.stringify({
    formatVersion: 1,
    results: [fail('aws_instance.old'), { ...fail('aws_instance.ok'), status: 'pass' }],
  });

  it('leaves out failures the earlier scan had, even when they moved to another line', () => {
    const baseline = parseBaseline('previous.json', earlier);
    const { results, unchanged } = applyBaseline(
      [
        fail('aws_instance.old', 40),
        fail('aws_instance.new'),
        { ...fail('aws_instance.ok'), status: 'pass' },
      ],
      baseline,
    );
    expect(unchanged).toBe(1);
    expect(results.map((r) => `${r.status} ${r.resource?.address}`)).toEqual([
      'fail aws_instance.new',
      'pass aws_instance.ok',
    ]);
  });

  it('refuses what is not the JSON report of a scan, saying what it is', () => {
    expect(() => parseBaseline('p.json', '{')).toThrow(/not JSON/);
    expect(() => parseBaseline('p.sarif', JSON.stringify({ $schema: 'x', runs: [] }))).toThrow(
      /looks like SARIF/,
    );
    expect(() => parseBaseline('p.json', JSON.stringify({ formatVersion: 9, results: [] }))).toThrow(
      /formatVersion 9/,
    );
    expect(() =>
      parseBaseline('p.json', JSON.stringify({ formatVersion: 1, results: [{ status: 'fail' }] })),
    ).toThrow(/results\[0\]/);
    expect(() => parseBaseline('p.json', 'null')).toThrow(/not a JSON report/);
  });
});
