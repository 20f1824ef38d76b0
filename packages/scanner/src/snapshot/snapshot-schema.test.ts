import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../parsers/parse-input.js';
import { SNAPSHOT_OPERATIONS, SNAPSHOT_SERVICES, snapshotSchema } from './snapshot-schema.js';

const DOC = new URL('../../../../docs/reference/snapshot-format.md', import.meta.url);

describe('the snapshot format reference', () => {
  const doc = readFileSync(DOC, 'utf8');

  it('has an example that the schema accepts and the scanner reads without error', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(snapshotSchema.safeParse(JSON.parse(example ?? '')).error?.issues).toBeUndefined();
    const parsed = parseInput('example.json', example ?? '');
    expect(parsed.format).toBe('snapshot');
    expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(parsed.resources.length).toBeGreaterThan(0);
  });

  it('lists every service, resource type and operation the scanner reads', () => {
    for (const [service, types] of Object.entries(SNAPSHOT_SERVICES))
      for (const type of Object.keys(types)) {
        const operation = (SNAPSHOT_OPERATIONS as Record<string, Record<string, string>>)[service]?.[type];
        expect(doc, `${service}.${type}`).toMatch(
          new RegExp(`\\| \`${service}\` \\| \`${type}\`[^|]*\\| \`${operation}\``),
        );
      }
  });
});

describe('snapshotSchema', () => {
  const base = {
    nimbusSnapshot: 1,
    provider: 'aws',
    account: { id: '123456789012' },
    collectedAt: '2025-03-01T10:00:00+01:00',
    collector: { name: 'x', version: '1' },
    regions: ['eu-west-1'],
    services: {},
    errors: [],
  };

  it('keeps fields it does not know inside items, and refuses wrong types of fields it reads', () => {
    const ok = snapshotSchema.parse({
      ...base,
      services: { ec2: { 'eu-west-1': { vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }] } } },
    });
    expect(ok.services.ec2?.['eu-west-1']?.vpcs).toEqual([{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }]);
    const bad = snapshotSchema.safeParse({
      ...base,
      services: { ec2: { 'eu-west-1': { vpcs: [{ VpcId: 'vpc-1', IsDefault: 'yes' }] } } },
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'services.ec2.eu-west-1.vpcs.0.IsDefault',
    ]);
  });

  it('is strict about the envelope', () => {
    const bad = snapshotSchema.safeParse({ ...base, regions: ['eu-west-1', 'Ireland'], colectedAt: 'x' });
    expect(bad.error?.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_format', 'regions.1'],
      ['unrecognized_keys', ''],
    ]);
  });
});
