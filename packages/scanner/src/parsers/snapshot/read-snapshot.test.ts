import { describe, expect, it } from 'vitest';
import { parseInput } from '../parse-input.js';
import { envelope } from './test-envelope.js';

const parse = (doc: unknown) => {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
  return { text, ...parseInput('snap.json', text) };
};

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const errors = (r: ReturnType<typeof parse>) =>
  r.issues.filter((i) => i.level === 'error').map((i) => [i.location.line, i.message]);

describe('snapshot validation (bad input never throws; every problem is located)', () => {
  it('refuses another format version, at the marker', () => {
    const r = parse(envelope({ nimbusSnapshot: 2 }));
    expect(r.format).toBe('snapshot');
    expect(r.resources).toEqual([]);
    expect(errors(r)).toEqual([
      [2, 'snapshot: nimbusSnapshot: format version 2 is not supported: this nimbus reads version 1'],
    ]);
  });

  it('reports every envelope problem with its path and line, and adapts nothing', () => {
    const r = parse(
      envelope({
        provider: 'gcp',
        account: { id: '42' },
        collectedAt: 'yesterday',
        regions: ['eu-west-1', 'Mars'],
        extra: true,
        errors: [{ service: 'ec2', region: 'eu-west-1', operation: 'DescribeVpcs', code: 'AccessDenied' }],
        services: { ec2: { 'eu-west-1': { vpcs: [{ VpcId: 'vpc-1' }] } } },
      }),
    );
    expect(r.resources).toEqual([]);
    const messages = errors(r);
    expect(messages).toEqual(
      expect.arrayContaining([
        [
          lineOf(r.text, '"provider"'),
          expect.stringMatching(/^snapshot: provider: Invalid input: expected "aws"/),
        ],
        [lineOf(r.text, '"id": "42"'), 'snapshot: account.id: expected a 12-digit AWS account id'],
        [
          lineOf(r.text, '"collectedAt"'),
          expect.stringMatching(/^snapshot: collectedAt: Invalid ISO datetime/),
        ],
        [lineOf(r.text, '"Mars"'), 'snapshot: regions[1]: expected an AWS region name such as eu-west-1'],
        [lineOf(r.text, '"extra"'), 'snapshot: extra: unknown key: remove it or check its spelling'],
        [
          lineOf(r.text, '"operation": "DescribeVpcs"') - 3,
          expect.stringMatching(/^snapshot: errors\[0\]\.message: /),
        ],
      ]),
    );
    expect(messages).toHaveLength(6);
  });

  it('leaves out a bad item, located at its field, and keeps the others', () => {
    const r = parse(
      envelope({
        services: {
          ec2: {
            'eu-west-1': {
              vpcs: [{ VpcId: 'vpc-good' }, { VpcId: 7 }, 'not an object'],
              flowLogs: [],
            },
          },
        },
      }),
    );
    expect(r.resources.map((x) => x.address)).toEqual(['arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-good']);
    expect(errors(r)).toEqual([
      [
        lineOf(r.text, '"VpcId": 7'),
        'snapshot: services.ec2.eu-west-1.vpcs[1].VpcId: Invalid input: expected string, received number',
      ],
      [
        lineOf(r.text, '"not an object"'),
        'snapshot: services.ec2.eu-west-1.vpcs[2]: Invalid input: expected object, received string',
      ],
    ]);
  });

  it('rejects wrong shapes at each level of services', () => {
    const r = parse(
      envelope({
        services: {
          ec2: { 'eu-west-1': { vpcs: { VpcId: 'vpc-1' } }, moon: { vpcs: [] }, 'us-east-1': [] },
          rds: 'none',
        },
      }),
    );
    expect(errors(r)).toEqual([
      [lineOf(r.text, '"vpcs": {'), 'snapshot: services.ec2.eu-west-1.vpcs: expected a list of items'],
      [
        lineOf(r.text, '"moon"'),
        'snapshot: services.ec2.moon: "moon" is neither an AWS region name nor "global"',
      ],
      [
        lineOf(r.text, '"us-east-1"'),
        'snapshot: services.ec2.us-east-1: expected an object of resource types',
      ],
      [lineOf(r.text, '"rds"'), 'snapshot: services.rds: expected an object of regions'],
    ]);
    const list = parse(envelope({ services: [1, 2] }));
    expect(errors(list)).toEqual([
      [lineOf(list.text, '"services"'), 'snapshot: services: expected an object of services'],
    ]);
  });

  it('skips services and resource types it does not know, with a warning', () => {
    const r = parse(
      envelope({ services: { lambda: { 'eu-west-1': {} }, ec2: { 'eu-west-1': { natGateways: [{}] } } } }),
    );
    expect(r.issues).toEqual([
      {
        level: 'warning',
        location: { file: 'snap.json', line: lineOf(r.text, '"lambda"') },
        message: 'snapshot service "lambda" is not read by this version of nimbus: skipped',
      },
      {
        level: 'warning',
        location: { file: 'snap.json', line: lineOf(r.text, '"natGateways"') },
        message: 'snapshot resource type ec2.natGateways is not read by this version of nimbus: skipped',
      },
    ]);
  });

  it('caps the number of schema problems it lists', () => {
    const vpcs = Array.from({ length: 30 }, () => ({ VpcId: false }));
    const r = parse(envelope({ services: { ec2: { 'eu-west-1': { vpcs } } } }));
    const list = errors(r);
    expect(list).toHaveLength(21);
    expect(list.at(-1)).toEqual([1, 'snapshot: 10 more schema problems']);
  });

  it('survives hostile and truncated documents', () => {
    for (const text of [
      '{"nimbusSnapshot": 1',
      '{"nimbusSnapshot": null}',
      '{"nimbusSnapshot": 1, "services": null, "errors": "x"}',
      JSON.stringify({ nimbusSnapshot: 1, services: { ec2: { 'eu-west-1': { instances: [[[[]]]] } } } }),
      JSON.stringify(
        envelope({ services: { s3: { global: { buckets: [{ Name: 'b', GetPublicAccessBlock: 3 }] } } } }),
      ),
    ]) {
      const r = parse(text);
      expect(r.resources).toEqual([]);
      expect(
        r.issues.some((i) => i.level === 'error'),
        text,
      ).toBe(true);
    }
  });
});
