import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_SERVICES } from '../../snapshot/snapshot-schema.js';
import { type SnapshotDocument, snapshotText } from '../../snapshot/snapshot-text.js';
import { type ParsedInput, parseInput } from '../parse-input.js';
import { envelope } from './test-envelope.js';

// Large snapshots are read by JSON.parse and a line index instead of the YAML reader's tree (parse-input.ts).
// Both readers must give the same resources, addresses, lines and problems: these tests force the fast reader on
// small documents and compare.

const fixture = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('./fixtures/account.json', import.meta.url), 'utf8'));

/** The layout of large snapshots as `nimbus collect` writes them: each item of `services` on one line. */
const itemPerLine = (doc: Record<string, unknown>): string =>
  [...snapshotText(doc as unknown as SnapshotDocument, { itemsPerLineFrom: 0 })].join('');

const both = (text: string): [ParsedInput, ParsedInput] => [
  parseInput('snap.json', text, { fastJsonMinChars: Number.POSITIVE_INFINITY }),
  parseInput('snap.json', text, { fastJsonMinChars: 0 }),
];

const LAYOUTS = {
  'indented (as nimbus collect writes small accounts)': (doc: Record<string, unknown>) =>
    JSON.stringify(doc, null, 2),
  'one item per line (as nimbus collect writes large accounts)': itemPerLine,
  'all on one line': (doc: Record<string, unknown>) => JSON.stringify(doc),
};

describe('the fast reader of large snapshots', () => {
  for (const [layout, write] of Object.entries(LAYOUTS))
    it(`gives the same resources, addresses, lines and warnings as the YAML reader (${layout})`, () => {
      const [tree, fast] = both(write(fixture()));
      expect(tree.format).toBe('snapshot');
      expect(tree.resources.length).toBeGreaterThan(15);
      expect(fast).toEqual(tree);
      expect(fast.resources.map((r) => [r.address, r.location, r.attributeLines])).toEqual(
        tree.resources.map((r) => [r.address, r.location, r.attributeLines]),
      );
    });

  it('locates every rule of large groups, entries and lifecycle rules as the YAML reader does (indented)', () => {
    const ranges = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ CidrIp: i === n - 1 ? '0.0.0.0/0' : `10.0.${i % 250}.0/24` }));
    const doc = envelope({
      services: {
        ec2: {
          'eu-west-1': {
            securityGroups: [
              {
                GroupId: 'sg-big',
                IpPermissions: [
                  { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: ranges(300) },
                  ...Array.from({ length: 40 }, (_, i) => ({
                    IpProtocol: 'tcp',
                    FromPort: 1000 + i,
                    ToPort: 1000 + i,
                    IpRanges: ranges(2),
                    Ipv6Ranges: [{ CidrIpv6: '::/0' }],
                    UserIdGroupPairs: [{ GroupId: 'sg-other' }],
                  })),
                ],
              },
            ],
            networkAcls: [
              {
                NetworkAclId: 'acl-1',
                Entries: Array.from({ length: 60 }, (_, i) => ({
                  RuleNumber: i + 1,
                  Protocol: '6',
                  RuleAction: 'allow',
                  Egress: i % 2 === 0,
                  CidrBlock: '0.0.0.0/0',
                  PortRange: { From: i, To: i },
                })),
              },
            ],
          },
        },
        s3: {
          global: {
            buckets: [
              {
                Name: 'logs',
                GetBucketLifecycleConfiguration: {
                  Rules: Array.from({ length: 50 }, (_, i) => ({ ID: `r${i}`, Status: 'Enabled' })),
                },
              },
            ],
          },
        },
      },
    });
    const [tree, fast] = both(JSON.stringify(doc, null, 2));
    expect(fast).toEqual(tree);
    const group = fast.resources.find((r) => r.kind === 'aws.ec2.security-group');
    expect(group?.kind === 'aws.ec2.security-group' && group.ingress.length).toBe(300 + 40 * 4);
    // Every rule on a line of its own, in document order.
    const lines = group?.kind === 'aws.ec2.security-group' ? group.ingress.map((r) => r.location.line) : [];
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('reports the same problems, in document order, whatever order the types are read in', () => {
    // Buckets come first in the document but are read after the EC2 types.
    const doc = envelope({
      services: {
        s3: { global: { buckets: [{ Name: 7 }, { Name: 'ok' }] } },
        ec2: {
          'eu-west-1': {
            instances: [{ InstanceId: 'i-1', State: 'running' }],
            subnets: [{ SubnetId: false }],
            natGateways: [],
          },
          moon: {},
        },
        lambda: {},
      },
    });
    for (const text of [JSON.stringify(doc, null, 2), itemPerLine(doc)]) {
      const [tree, fast] = both(text);
      expect(fast).toEqual(tree);
      const lines = fast.issues.map((i) => i.location.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
      expect(fast.issues.map((i) => i.message)).toEqual([
        expect.stringMatching(/^snapshot: services\.s3\.global\.buckets\[0\]\.Name: /),
        expect.stringMatching(/^snapshot: services\.ec2\.eu-west-1\.instances\[0\]\.State: /),
        expect.stringMatching(/^snapshot: services\.ec2\.eu-west-1\.subnets\[0\]\.SubnetId: /),
        'snapshot resource type ec2.natGateways is not read by this version of nimbus: skipped',
        'snapshot: services.ec2.moon: "moon" is neither an AWS region name nor "global"',
        'snapshot service "lambda" is not read by this version of nimbus: skipped',
      ]);
      expect(fast.resources.map((r) => r.address)).toEqual(['arn:aws:s3:::ok']);
    }
  });

  it('lists the first problems in document order when there are too many', () => {
    const doc = envelope({
      services: {
        kms: { 'eu-west-1': { keys: Array.from({ length: 15 }, (_, i) => ({ KeyId: i })) } },
        ec2: { 'eu-west-1': { vpcs: Array.from({ length: 15 }, (_, i) => ({ VpcId: i })) } },
      },
    });
    const [tree, fast] = both(itemPerLine(doc));
    expect(fast).toEqual(tree);
    const errors = fast.issues.map((i) => i.message);
    expect(errors).toHaveLength(21);
    expect(errors.slice(0, 15).every((m) => m.startsWith('snapshot: services.kms.'))).toBe(true);
    expect(errors[19]).toMatch(/^snapshot: services\.ec2\.eu-west-1\.vpcs\[4\]/);
    expect(errors[20]).toBe('snapshot: 10 more schema problems');
  });

  it('refuses a key written twice inside an item, as the YAML reader does, naming the key and its line', () => {
    const doc = envelope({
      services: {
        ec2: { 'eu-west-1': { vpcs: [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2', IsDefault: false }] } },
      },
    });
    for (const write of Object.values(LAYOUTS)) {
      const text = write(doc).replace('"IsDefault": false', '"IsDefault": false, "IsDefault": true');
      const repeated = text.includes('"IsDefault": true')
        ? text
        : write(doc).replace('"IsDefault":false', '"IsDefault":false,"IsDefault":true');
      const [tree, fast] = both(repeated);
      expect(tree.resources).toEqual([]);
      expect(tree.issues.map((i) => i.level)).toEqual(['error']);
      expect(fast.resources).toEqual([]);
      expect(fast.issues).toEqual([
        {
          level: 'error',
          location: { file: 'snap.json', line: tree.issues[0]?.location.line },
          message: 'cannot parse: key "IsDefault" appears twice in the same object',
        },
      ]);
    }
  });

  it('makes an item that is not JSON a file that cannot be read, located at the item', () => {
    const text = itemPerLine(
      envelope({ services: { ec2: { 'eu-west-1': { vpcs: [{ VpcId: 'vpc-1' }, { VpcId: 'vpc-2' }] } } } }),
    ).replace('"vpc-2"}', 'tru}');
    const fast = parseInput('snap.json', text, { fastJsonMinChars: 0 });
    expect(fast.resources).toEqual([]);
    expect(fast.issues).toEqual([
      {
        level: 'error',
        location: { file: 'snap.json', line: text.split('\n').findIndex((l) => l.includes('tru}')) + 1 },
        message: expect.stringMatching(/^cannot parse: .*JSON/),
      },
    ]);
  });

  it('reports a snapshot that is not JSON at all, and never throws on hostile text', () => {
    const broken = parseInput('snap.json', '{"nimbusSnapshot": 1,\n"provider": "aws",\n"account": }', {
      fastJsonMinChars: 0,
    });
    expect(broken).toEqual({
      format: 'unrecognized',
      resources: [],
      issues: [
        {
          level: 'error',
          location: { file: 'snap.json', line: 3 },
          message: expect.stringMatching(/^cannot parse: /),
        },
      ],
    });
    const deep = `{"nimbusSnapshot": 1, "services": ${'['.repeat(100)}${']'.repeat(100)}}`;
    expect(parseInput('snap.json', deep, { fastJsonMinChars: 0 }).issues).toEqual([
      expect.objectContaining({ message: 'cannot parse: document is nested deeper than 64 levels' }),
    ]);
    const twice = '{"nimbusSnapshot": 1,\n"nimbusSnapshot": 1}';
    expect(parseInput('snap.json', twice, { fastJsonMinChars: 0 }).issues[0]).toMatchObject({
      location: { line: 2 },
      message: 'cannot parse: key "nimbusSnapshot" appears twice in the same object',
    });
  });

  it('leaves other JSON, and snapshots written another way, to the YAML reader', () => {
    const template = '{"Resources": {"K": {"Type": "AWS::KMS::Key"}}}';
    expect(parseInput('t.json', template, { fastJsonMinChars: 0 })).toEqual(parseInput('t.json', template));
    const markerLast = JSON.stringify({ ...envelope(), nimbusSnapshot: undefined, z: 1 }).replace(
      '"z":1',
      '"nimbusSnapshot":1',
    );
    expect(parseInput('s.json', markerLast, { fastJsonMinChars: 0 })).toEqual(
      parseInput('s.json', markerLast),
    );
  });

  it('reads items as they were validated: the item schemas neither transform nor add values', () => {
    // The fast reader hands adapters the raw item once its schema accepts it (see readSnapshot).
    const doc = fixture() as { services: Record<string, Record<string, Record<string, unknown[]>>> };
    let checked = 0;
    for (const [service, regions] of Object.entries(doc.services))
      for (const types of Object.values(regions))
        for (const [type, items] of Object.entries(types)) {
          const schema = (
            SNAPSHOT_SERVICES as Record<string, Record<string, { parse(v: unknown): unknown }>>
          )[service]?.[type];
          if (!schema) continue;
          for (const item of items) {
            expect(schema.parse(item)).toStrictEqual(item);
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(20);
  });
});
