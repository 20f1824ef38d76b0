// The items of the synthetic snapshots (see gen-scanner-inputs.mjs): compact but shaped like the AWS API output
// the collector records, with the fields the scanner reads and a few it does not.

/** mulberry32: a small seeded generator, so that every run writes the same bytes. */
export const random = (seed) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const ACCOUNT = '210987654321';
export const REGIONS = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-1',
  'ap-northeast-1',
  'sa-east-1',
  'ca-central-1',
];

/** Share of each resource type among the items (per 1000); instances take the remainder. */
const WEIGHTS = {
  vpcs: 20,
  flowLogs: 15,
  subnets: 60,
  securityGroups: 100,
  launchTemplateVersions: 25,
  volumes: 310,
  buckets: 100,
  dbInstances: 30,
  dbClusters: 10,
  keys: 30,
  trails: 2,
};

const hex = (n, width) => n.toString(16).padStart(width, '0');
const id = (prefix, region, n) => `${prefix}-0${hex(REGIONS.indexOf(region) + 1, 1)}${hex(n, 15)}`;
const uuid = (region, n) => {
  const h = `${hex(REGIONS.indexOf(region) + 1, 8)}${hex(n, 24)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** How many items of each type a snapshot of `total` items holds. */
export const snapshotCounts = (total) => {
  const counts = {};
  let used = 0;
  for (const [type, w] of Object.entries(WEIGHTS)) {
    counts[type] = Math.max(1, Math.floor((total * w) / 1000));
    used += counts[type];
  }
  counts.instances = Math.max(1, total - used);
  return counts;
};

const share = (count, regionIndex) =>
  Math.floor(count / REGIONS.length) + (regionIndex < count % REGIONS.length ? 1 : 0);

/** The items of one region, in the order they are written: a generator of `[type, item]`. */
export function* regionItems(region, regionIndex, counts, rnd) {
  const n = (type) => share(counts[type], regionIndex);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const vpcs = Array.from({ length: Math.max(1, n('vpcs')) }, (_, i) => id('vpc', region, i));
  const subnets = Array.from({ length: Math.max(1, n('subnets')) }, (_, i) => ({
    id: id('subnet', region, i),
    vpc: vpcs[i % vpcs.length],
    public: i % 4 === 0,
  }));
  const groups = Array.from({ length: Math.max(1, n('securityGroups')) }, (_, i) => id('sg', region, i));
  const templates = Array.from({ length: n('launchTemplateVersions') }, (_, i) => id('lt', region, i));
  const instanceCount = n('instances');
  const instances = Array.from({ length: instanceCount }, (_, i) => id('i', region, i));
  const volumeCount = Math.max(n('volumes'), 0);
  const az = (i) => `${region}${'abc'[i % 3]}`;

  for (let i = 0; i < vpcs.length; i++)
    yield [
      'ec2',
      'vpcs',
      {
        VpcId: vpcs[i],
        CidrBlock: `10.${i % 256}.0.0/16`,
        State: 'available',
        IsDefault: i === 0,
        OwnerId: ACCOUNT,
      },
    ];
  for (let i = 0; i < n('flowLogs'); i++)
    yield [
      'ec2',
      'flowLogs',
      {
        FlowLogId: id('fl', region, i),
        ResourceId: vpcs[i % vpcs.length],
        FlowLogStatus: i % 20 === 7 ? 'FAILED' : 'ACTIVE',
        TrafficType: 'ALL',
        LogDestinationType: 'cloud-watch-logs',
      },
    ];
  for (const [i, s] of subnets.entries())
    yield [
      'ec2',
      'subnets',
      {
        SubnetId: s.id,
        SubnetArn: `arn:aws:ec2:${region}:${ACCOUNT}:subnet/${s.id}`,
        VpcId: s.vpc,
        CidrBlock: `10.${i % 256}.${(i * 16) % 256}.0/20`,
        AvailabilityZone: az(i),
        MapPublicIpOnLaunch: s.public,
      },
    ];
  for (const [i, g] of groups.entries()) {
    const r = rnd();
    const open = r < 0.05 ? 22 : r < 0.07 ? 3389 : r < 0.08 ? -1 : undefined;
    const rules = [
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
      {
        IpProtocol: 'tcp',
        FromPort: 5432,
        ToPort: 5432,
        UserIdGroupPairs: [{ GroupId: groups[(i + 1) % groups.length], UserId: ACCOUNT }],
      },
    ];
    if (open === -1) rules.push({ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] });
    else if (open)
      rules.push({
        IpProtocol: 'tcp',
        FromPort: open,
        ToPort: open,
        IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'admin' }],
        Ipv6Ranges: i % 2 ? [{ CidrIpv6: '::/0' }] : [],
      });
    else rules.push({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }] });
    yield [
      'ec2',
      'securityGroups',
      {
        GroupId: g,
        GroupName: `app-${i}`,
        VpcId: vpcs[i % vpcs.length],
        SecurityGroupArn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${g}`,
        IpPermissions: rules,
      },
    ];
  }
  for (const [i, t] of templates.entries())
    yield [
      'ec2',
      'launchTemplateVersions',
      {
        LaunchTemplateId: t,
        LaunchTemplateName: `fleet-${i}`,
        VersionNumber: 1 + (i % 4),
        DefaultVersion: true,
        LaunchTemplateData: {
          ImageId: `ami-0${hex(i, 16)}`,
          InstanceType: 'm6i.large',
          MetadataOptions: { HttpTokens: i % 3 ? 'required' : 'optional', HttpEndpoint: 'enabled' },
          NetworkInterfaces: [
            { DeviceIndex: 0, AssociatePublicIpAddress: i % 5 === 0, SubnetId: pick(subnets).id },
          ],
          BlockDeviceMappings: [
            {
              DeviceName: '/dev/xvda',
              Ebs: { Encrypted: i % 4 !== 0, VolumeSize: 30, DeleteOnTermination: true },
            },
          ],
        },
      },
    ];
  // Volumes: the first ones are the root volumes of the instances, the rest are unattached.
  for (let i = 0; i < volumeCount; i++) {
    const attachedTo = i < instanceCount ? instances[i] : undefined;
    yield [
      'ec2',
      'volumes',
      {
        VolumeId: id('vol', region, i),
        Size: 20 + (i % 5) * 10,
        VolumeType: 'gp3',
        Encrypted: rnd() < 0.85,
        SnapshotId: i % 3 ? '' : id('snap', region, i),
        AvailabilityZone: az(i),
        State: attachedTo ? 'in-use' : 'available',
        Attachments: attachedTo ? [{ InstanceId: attachedTo, Device: '/dev/xvda', State: 'attached' }] : [],
      },
    ];
  }
  for (let i = 0; i < instanceCount; i++) {
    const subnet = subnets[i % subnets.length];
    const fromTemplate = templates.length > 0 && i % 3 === 0 ? templates[i % templates.length] : undefined;
    const tags = [{ Key: 'Name', Value: `web-${i}` }];
    if (fromTemplate)
      tags.push(
        { Key: 'aws:ec2launchtemplate:id', Value: fromTemplate },
        { Key: 'aws:ec2launchtemplate:version', Value: String(1 + ((i % templates.length) % 4)) },
      );
    const item = {
      InstanceId: instances[i],
      InstanceType: 't3.medium',
      State: { Name: i % 50 === 49 ? 'terminated' : 'running' },
      SubnetId: subnet.id,
      VpcId: subnet.vpc,
      ...(subnet.public ? { PublicIpAddress: `198.51.100.${i % 256}` } : {}),
      // Instances started from a template mostly take its metadata options.
      ...(fromTemplate && i % 2 === 0
        ? {}
        : {
            MetadataOptions: { HttpTokens: rnd() < 0.7 ? 'required' : 'optional', HttpEndpoint: 'enabled' },
          }),
      BlockDeviceMappings: [
        {
          DeviceName: '/dev/xvda',
          Ebs: { VolumeId: id('vol', region, i), DeleteOnTermination: i % 7 !== 0 },
        },
      ],
      SecurityGroups: [{ GroupId: groups[i % groups.length] }],
      Tags: tags,
      DescribeInstanceAttribute: { DisableApiTermination: { Value: i % 4 === 0 } },
    };
    yield ['ec2', 'instances', item];
  }
  for (let i = 0; i < n('dbInstances'); i++) {
    const name = `db-${regionIndex}-${i}`;
    yield [
      'rds',
      'dbInstances',
      {
        DBInstanceIdentifier: name,
        DBInstanceArn: `arn:aws:rds:${region}:${ACCOUNT}:db:${name}`,
        DBInstanceClass: 'db.r6g.large',
        Engine: 'postgres',
        EngineVersion: '16.4',
        StorageEncrypted: rnd() < 0.9,
        PubliclyAccessible: i % 25 === 3,
        BackupRetentionPeriod: [0, 1, 7, 14, 35][i % 5],
        DeletionProtection: i % 3 !== 0,
        MultiAZ: i % 2 === 0,
      },
    ];
  }
  for (let i = 0; i < n('dbClusters'); i++) {
    const name = `cluster-${regionIndex}-${i}`;
    yield [
      'rds',
      'dbClusters',
      {
        DBClusterIdentifier: name,
        DBClusterArn: `arn:aws:rds:${region}:${ACCOUNT}:cluster:${name}`,
        Engine: 'aurora-postgresql',
        EngineVersion: '16.4',
        StorageEncrypted: true,
        BackupRetentionPeriod: 7 + (i % 3),
        DeletionProtection: i % 4 !== 1,
      },
    ];
  }
  for (let i = 0; i < n('keys'); i++) {
    const keyId = uuid(region, i);
    const managed = i % 3 === 0 ? 'AWS' : 'CUSTOMER';
    yield [
      'kms',
      'keys',
      {
        KeyId: keyId,
        KeyArn: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId}`,
        DescribeKey: {
          KeyMetadata: {
            KeyId: keyId,
            KeyManager: managed,
            KeySpec: 'SYMMETRIC_DEFAULT',
            KeyState: i % 40 === 5 ? 'PendingDeletion' : 'Enabled',
            KeyUsage: 'ENCRYPT_DECRYPT',
            Origin: 'AWS_KMS',
          },
        },
        GetKeyRotationStatus:
          managed === 'AWS' ? { KeyRotationEnabled: true } : { KeyRotationEnabled: rnd() < 0.6 },
      },
    ];
  }
  // One organization trail listed in every region (a shadow outside us-east-1), plus regional ones.
  const trail = (name, home, multi, j) => ({
    Name: name,
    TrailARN: `arn:aws:cloudtrail:${home}:${ACCOUNT}:trail/${name}`,
    HomeRegion: home,
    S3BucketName: `audit-logs-${ACCOUNT}`,
    IsMultiRegionTrail: multi,
    LogFileValidationEnabled: j % 3 !== 1,
    ...(j % 2 ? {} : { KmsKeyId: `arn:aws:kms:${home}:${ACCOUNT}:key/${uuid(home, 0)}` }),
    ...(j % 3 ? {} : { CloudWatchLogsLogGroupArn: `arn:aws:logs:${home}:${ACCOUNT}:log-group:trail:*` }),
    ...(j % 3 ? {} : { CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/trail-logs` }),
    ...(home === region
      ? {
          GetTrailStatus: { IsLogging: true },
          GetEventSelectors: {
            EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: j % 4 !== 2 }],
          },
        }
      : {}),
  });
  yield ['cloudtrail', 'trails', trail('organization', 'us-east-1', true, 0)];
  for (let j = 1; j < n('trails'); j++)
    yield ['cloudtrail', 'trails', trail(`app-${regionIndex}-${j}`, region, false, j)];
}

export function* bucketItems(count, rnd) {
  for (let i = 0; i < count; i++) {
    const region = REGIONS[i % REGIONS.length];
    const r = rnd();
    const kms = r < 0.5;
    yield {
      Name: `acme-data-${hex(i, 6)}`,
      BucketRegion: region,
      GetPublicAccessBlock:
        i % 10 === 4
          ? null
          : {
              PublicAccessBlockConfiguration: {
                BlockPublicAcls: true,
                IgnorePublicAcls: true,
                BlockPublicPolicy: i % 17 !== 0,
                RestrictPublicBuckets: true,
              },
            },
      GetBucketEncryption: {
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: kms
                ? {
                    SSEAlgorithm: 'aws:kms',
                    KMSMasterKeyID: `arn:aws:kms:${region}:${ACCOUNT}:key/${uuid(region, 1)}`,
                  }
                : { SSEAlgorithm: 'AES256' },
            },
          ],
        },
      },
      GetBucketVersioning: i % 3 ? { Status: 'Enabled' } : {},
      GetBucketLifecycleConfiguration:
        i % 4 === 1
          ? null
          : { Rules: [{ ID: 'expire-old', Status: 'Enabled', Filter: {}, Expiration: { Days: 365 } }] },
    };
  }
}
