import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../inputs/read-input.js';
import { scan } from '../../runner/scan.js';
import { envelope } from './test-envelope.js';

// A snapshot over the 5 MB limit of other inputs, scanned end to end: read, parsed by the fast reader, checked.

const dir = mkdtempSync(join(tmpdir(), 'nimbus-large-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const INSTANCES = 16_000;

const instance = (i: number) =>
  JSON.stringify({
    InstanceId: `i-${String(i).padStart(17, '0')}`,
    InstanceType: 't3.medium',
    State: { Code: 16, Name: 'running' },
    SubnetId: 'subnet-1',
    PrivateIpAddress: '10.0.0.1',
    MetadataOptions: {
      HttpTokens: i % 2 ? 'required' : 'optional',
      HttpEndpoint: 'enabled',
      State: 'applied',
    },
    BlockDeviceMappings: [],
    Tags: [{ Key: 'Name', Value: `web-${i}` }],
    DescribeInstanceAttribute: { DisableApiTermination: { Value: false } },
  });

const text = [
  '{',
  '  "nimbusSnapshot": 1,',
  '  "provider": "aws",',
  '  "account": { "id": "123456789012" },',
  '  "collectedAt": "2025-03-01T10:00:00Z",',
  '  "collector": { "name": "test", "version": "1" },',
  '  "regions": ["eu-west-1"],',
  '  "services": { "ec2": { "eu-west-1": {',
  '    "subnets": [{"SubnetId": "subnet-1", "MapPublicIpOnLaunch": false}],',
  '    "instances": [',
  Array.from({ length: INSTANCES }, (_, i) => `      ${instance(i)}`).join(',\n'),
  '    ]',
  '  } } },',
  '  "errors": []',
  '}',
].join('\n');

describe('a snapshot larger than 5 MB', () => {
  it('is read, parsed and checked, with results at the lines of their items', async () => {
    writeFileSync(join(dir, 'account.json'), text);
    expect(statSync(join(dir, 'account.json')).size).toBeGreaterThan(MAX_INPUT_BYTES);
    const report = await scan({ paths: ['account.json'], cwd: dir, configFile: null });
    expect(report.results.filter((r) => r.status === 'error')).toEqual([]);
    expect(report.files.byFormat.snapshot).toBe(1);
    expect(report.resources).toBe(INSTANCES + 1);
    const imds = report.results.filter((r) => r.checkId === 'aws-ec2-imdsv2-required');
    expect(imds).toHaveLength(INSTANCES);
    // Item i is on line 11 + i; even ones allow IMDSv1.
    const third = imds.find((r) => r.resource?.address.endsWith('i-00000000000000002'));
    expect(third).toMatchObject({ status: 'fail', location: { file: 'account.json', line: 13 } });
    expect(imds.filter((r) => r.status === 'fail')).toHaveLength(INSTANCES / 2);
  });

  it('may hold more resources than a function takes arguments (no spreading of the resource list)', async () => {
    const vpcs = 150_000;
    const many = JSON.stringify(
      envelope({
        services: {
          ec2: {
            'eu-west-1': {
              vpcs: Array.from({ length: vpcs }, (_, i) => ({ VpcId: `vpc-${i}` })),
              flowLogs: [{ FlowLogId: 'fl-1', ResourceId: 'vpc-7' }],
            },
          },
        },
      }),
    );
    writeFileSync(join(dir, 'vpcs.json'), many);
    const report = await scan({
      paths: ['vpcs.json'],
      cwd: dir,
      configFile: null,
      checks: ['aws-vpc-flow-logs-enabled'],
    });
    expect(report.resources).toBe(vpcs);
    expect(report.results.filter((r) => r.status === 'pass').map((r) => r.resource?.address)).toEqual([
      'arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-7',
    ]);
  });
});
