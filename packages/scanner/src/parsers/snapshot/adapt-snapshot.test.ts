import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  CloudTrail,
  DbCluster,
  DbInstance,
  EbsVolume,
  Ec2Instance,
  KmsKey,
  LaunchTemplate,
  S3Bucket,
  SecurityGroup,
  Subnet,
  Vpc,
} from '../../model/aws.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { snapshotSchema } from '../../snapshot/snapshot-schema.js';
import { parseInput } from '../parse-input.js';

const ACCOUNT = '123456789012';
const R = 'eu-west-1';
const arn = (resource: string, region = R) => `arn:aws:ec2:${region}:${ACCOUNT}:${resource}`;

/** A snapshot exercising every covered service, as the collector writes it. */
/** A snapshot exercising every covered service, as the collector writes it (a fresh copy each time). */
const snapshot = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('./fixtures/account.json', import.meta.url), 'utf8'));

const parse = (doc: unknown) => {
  const text = JSON.stringify(doc, null, 2);
  return { text, ...parseInput('acct.json', text) };
};

/** 1-based line of the first line containing `needle` (after `after`, when given). */
const lineOf = (text: string, needle: string, after?: string) => {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in the text`);
  return i + 1;
};

const byAddress = <T extends Resource>(resources: readonly Resource[], address: string) => {
  const found = resources.find((r) => r.address === address);
  if (!found) throw new Error(`no resource ${address}: ${resources.map((r) => r.address).join(', ')}`);
  return found as T;
};

const reason = (value: unknown) =>
  value instanceof Unknown ? value.reason : `not unknown: ${String(value)}`;

describe('snapshot adapter', () => {
  const { text, format, resources, issues } = parse(snapshot());

  it('recognizes the snapshot and validates against the published schema', () => {
    expect(format).toBe('snapshot');
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(snapshotSchema.safeParse(snapshot()).error?.issues).toBeUndefined();
  });

  it('adapts instances: own metadata options, public address, volumes joined by id', () => {
    const web = byAddress<Ec2Instance>(resources, arn('instance/i-web'));
    expect(web.location).toEqual({ file: 'acct.json', line: lineOf(text, '"InstanceId": "i-web"') - 1 });
    expect(web.metadataOptions).toEqual({ httpTokens: 'optional', httpEndpoint: 'enabled' });
    expect(web.attributeLines['metadataOptions.httpTokens']).toBe(lineOf(text, '"HttpTokens": "optional"'));
    expect(web.network.associatePublicIp).toBe(true);
    expect(web.network.subnet).toEqual({ address: arn('subnet/subnet-pub'), mapPublicIpOnLaunch: true });
    expect(web.blockDevices[0]).toEqual({
      deviceName: '/dev/xvda',
      encrypted: false,
      deleteOnTermination: false,
      line: lineOf(text, '"Encrypted": false', '"VolumeId": "vol-root"'),
    });
    expect(web.disableApiTermination).toBe(true);
    expect(web.attributeLines.disableApiTermination).toBe(lineOf(text, '"Value": true'));
    expect(reason(web.blockDevices[1]?.encrypted)).toBe('volume vol-gone is not in the snapshot');
    expect(resources.some((r) => r.address.endsWith('i-dead'))).toBe(false);
  });

  it('gives an instance without options those of its launch template, or says why it cannot', () => {
    const fromTemplate = byAddress<Ec2Instance>(resources, arn('instance/i-from-template'));
    expect(fromTemplate.metadataOptions).toEqual({ httpTokens: 'required', httpEndpoint: undefined });
    expect(fromTemplate.network.associatePublicIp).toBe(false);
    expect(reason(fromTemplate.disableApiTermination)).toBe(
      'the snapshot holds no DescribeInstanceAttribute output for i-from-template',
    );
    const old = byAddress<Ec2Instance>(resources, arn('instance/i-old-version'));
    expect(reason(old.metadataOptions)).toMatch(
      /started from version 1 of lt-app; the snapshot holds its default version 3/,
    );
  });

  it('adapts launch templates and judges each volume once', () => {
    const lt = byAddress<LaunchTemplate>(resources, arn('launch-template/lt-app'));
    expect(lt.metadataOptions).toEqual({ httpTokens: 'required', httpEndpoint: undefined });
    expect(lt.network).toEqual({
      associatePublicIp: false,
      subnet: { address: arn('subnet/subnet-priv'), mapPublicIpOnLaunch: false },
    });
    expect(lt.blockDevices).toEqual([
      {
        deviceName: '/dev/sda1',
        encrypted: true,
        snapshotId: undefined,
        line: lineOf(text, '"Encrypted": true', '"LaunchTemplateName": "app"'),
      },
    ]);
    const volumes = resources.filter((r): r is EbsVolume => r.kind === 'aws.ec2.volume');
    expect(volumes.map((v) => [v.address, v.encrypted, v.snapshotId])).toEqual([
      [arn('volume/vol-spare'), true, undefined],
    ]);
  });

  it('splits security group permissions into one rule per CIDR, located at the CIDR', () => {
    const sg = byAddress<SecurityGroup>(resources, arn('security-group/sg-web'));
    const rules = sg.ingress.map((r) => [
      r.address.slice(sg.address.length + 1),
      r.protocol,
      r.fromPort,
      r.toPort,
      r.cidrIpv4 ?? r.cidrIpv6 ?? null,
      r.otherSource ?? false,
    ]);
    expect(rules).toEqual([
      ['IpPermissions[0].IpRanges[0]', 'tcp', 22, 22, '10.0.0.0/8', false],
      ['IpPermissions[0].IpRanges[1]', 'tcp', 22, 22, '0.0.0.0/0', false],
      ['IpPermissions[0].Ipv6Ranges[0]', 'tcp', 22, 22, '::/0', false],
      ['IpPermissions[0].UserIdGroupPairs[0]', 'tcp', 22, 22, null, true],
      ['IpPermissions[1].PrefixListIds[0]', '-1', undefined, undefined, null, true],
      ['IpPermissions[2].IpRanges[0]', 'udp', 53, 53, '0.0.0.0/0', false],
    ]);
    expect(sg.ingress[1]?.location.line).toBe(lineOf(text, '"CidrIp": "0.0.0.0/0"') - 1);
  });

  it('links active flow logs to their VPC by ResourceId; missing flow logs make the link unresolved', () => {
    const logged = byAddress<Vpc>(resources, arn('vpc/vpc-logged'));
    expect(logged.flowLogs).toEqual([arn('vpc-flow-log/fl-1')]);
    const quiet = byAddress<Vpc>(resources, arn('vpc/vpc-quiet'));
    expect([quiet.flowLogs, quiet.unresolvedFlowLogs]).toEqual([[], []]);
    const east = byAddress<Vpc>(resources, arn('vpc/vpc-east', 'us-east-1'));
    expect(east.unresolvedFlowLogs).toEqual([
      'the flow logs of us-east-1 (DescribeFlowLogs failed in us-east-1 when the snapshot was taken: UnauthorizedOperation)',
    ]);
    const subnet = byAddress<Subnet>(resources, arn('subnet/subnet-priv'));
    expect(subnet.mapPublicIpOnLaunch).toBe(false);
  });

  it('reads S3 companions: no public access block blocks nothing, no encryption or versioning is unset', () => {
    const open = byAddress<S3Bucket>(resources, 'arn:aws:s3:::open-bucket');
    expect(open.publicAccessBlock).toEqual({
      blockPublicAcls: false,
      ignorePublicAcls: false,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    });
    // The answer "no public access block" is where each of the four settings points.
    expect(open.attributeLines['publicAccessBlock.blockPublicAcls']).toBe(
      lineOf(text, '"GetPublicAccessBlock": null'),
    );
    expect(open.encryption).toEqual([
      { algorithm: 'AES256', kmsKeyId: undefined, line: lineOf(text, '"SSEAlgorithm": "AES256"') },
    ]);
    expect(open.versioning).toBeUndefined();
    const locked = byAddress<S3Bucket>(resources, 'arn:aws:s3:::locked-bucket');
    expect(locked.encryption).toBeUndefined();
    expect(locked.versioning).toBe('Enabled');
    expect(locked.attributeLines.versioning).toBe(
      lineOf(text, '"Status": "Enabled"', '"Name": "locked-bucket"'),
    );
    expect(open.lifecycleRules).toEqual([
      {
        id: 'expire',
        status: 'Enabled',
        expiresCurrent: true,
        expiresNoncurrent: false,
        line: lineOf(text, '"ID": "expire"') - 1,
      },
    ]);
    expect(locked.lifecycleRules).toBeUndefined();
    const secret = byAddress<S3Bucket>(resources, 'arn:aws:s3:::secret-bucket');
    expect(reason(secret.publicAccessBlock)).toBe(
      'GetPublicAccessBlock failed for secret-bucket when the snapshot was taken: AccessDenied',
    );
    expect(reason(secret.encryption)).toBe(
      'the snapshot holds no GetBucketEncryption output for secret-bucket',
    );
    expect(isUnknown(secret.versioning) && isUnknown(secret.lifecycleRules)).toBe(true);
  });

  it('keeps each trail once, from its home region', () => {
    const trails = resources.filter((r): r is CloudTrail => r.kind === 'aws.cloudtrail.trail');
    expect(trails.map((t) => [t.address, t.multiRegion, t.logFileValidation])).toEqual([
      [`arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/org`, true, false],
    ]);
    expect(trails[0]).toMatchObject({
      kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-trail`,
      cloudWatchLogGroup: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:trail:*`,
      cloudWatchRole: undefined,
      eventSelectors: [
        {
          includeManagementEvents: true,
          readWriteType: 'WriteOnly',
          line: lineOf(text, '"ReadWriteType"') - 1,
        },
      ],
      advancedEventSelectors: undefined,
    });
  });

  it('makes the selectors of a trail unknown when they were not collected', () => {
    const doc = snapshot();
    doc.services = {
      cloudtrail: {
        [R]: { trails: [{ Name: 't', TrailARN: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/t' }] },
      },
    };
    doc.errors = [];
    const [trail] = parse(doc).resources as CloudTrail[];
    expect(reason(trail?.eventSelectors)).toBe(
      'the snapshot holds no GetEventSelectors output for arn:aws:cloudtrail:eu-west-1:123456789012:trail/t',
    );
  });

  it('adapts RDS instances and clusters', () => {
    const orders = byAddress<DbInstance>(resources, `arn:aws:rds:${R}:${ACCOUNT}:db:orders`);
    expect(orders).toMatchObject({
      engine: 'postgres',
      storageEncrypted: false,
      publiclyAccessible: true,
      backupRetentionDays: 1,
      deletionProtection: false,
    });
    expect(orders.attributeLines.publiclyAccessible).toBe(lineOf(text, '"PubliclyAccessible": true'));
    expect(isUnknown(orders.deleteAutomatedBackups)).toBe(true);
    const member = byAddress<DbInstance>(resources, `arn:aws:rds:${R}:${ACCOUNT}:db:aurora-1`);
    expect(member.clusterId).toBe('aurora');
    const cluster = byAddress<DbCluster>(resources, `arn:aws:rds:${R}:${ACCOUNT}:cluster:aurora`);
    expect([cluster.storageEncrypted, cluster.backupRetentionDays]).toEqual([true, 7]);
  });

  it('keeps customer-managed KMS keys only, unknown when they could not be described', () => {
    const keys = resources.filter((r): r is KmsKey => r.kind === 'aws.kms.key');
    expect(keys.map((k) => k.address)).toEqual([
      `arn:aws:kms:${R}:${ACCOUNT}:key/k-customer`,
      `arn:aws:kms:${R}:${ACCOUNT}:key/k-hidden`,
      `arn:aws:kms:${R}:${ACCOUNT}:key/k-signing`,
    ]);
    expect([keys[0]?.keySpec, keys[0]?.rotation]).toEqual(['SYMMETRIC_DEFAULT', false]);
    expect(reason(keys[1]?.keySpec)).toBe(
      'DescribeKey failed for k-hidden when the snapshot was taken: AccessDeniedException',
    );
    expect(isUnknown(keys[1]?.rotation)).toBe(true);
    expect([keys[2]?.keySpec, keys[2]?.rotation]).toEqual(['ECC_NIST_P256', undefined]);
  });

  it('warns, at the entry, for every call the collector could not make', () => {
    expect(issues.filter((i) => i.level === 'warning')).toEqual([
      {
        level: 'warning',
        location: { file: 'acct.json', line: lineOf(text, '"service": "s3"') - 1 },
        message:
          's3 GetPublicAccessBlock for secret-bucket in eu-west-1 was not collected: AccessDenied (Access Denied); ' +
          'the settings it reads are unknown',
      },
      {
        level: 'warning',
        location: { file: 'acct.json', line: lineOf(text, '"service": "kms"') - 1 },
        message:
          'kms DescribeKey for k-hidden in eu-west-1 was not collected: AccessDeniedException (not allowed); ' +
          'the settings it reads are unknown',
      },
      {
        level: 'warning',
        location: { file: 'acct.json', line: lineOf(text, '"service": "ec2"') - 1 },
        message:
          'ec2 in us-east-1 was not collected: UnauthorizedOperation on DescribeFlowLogs (no); ' +
          'the resources it lists are missing from this scan',
      },
    ]);
  });

  it('names resources of other partitions with their partition', () => {
    const doc = snapshot();
    doc.regions = ['cn-north-1'];
    doc.services = { ec2: { 'cn-north-1': { vpcs: [{ VpcId: 'vpc-cn' }], flowLogs: [] } } };
    doc.errors = [];
    expect(parse(doc).resources.map((r) => r.address)).toEqual([
      `arn:aws-cn:ec2:cn-north-1:${ACCOUNT}:vpc/vpc-cn`,
    ]);
  });
});
