import { z } from 'zod';
import {
  configRecorderSchema,
  eksClusterSchema,
  guardDutyDetectorSchema,
  iamInlinePolicySchema,
  iamPolicySchema,
  networkAclSchema,
} from './aws-items-governance.js';

// The raw items a snapshot holds, one schema per resource type: the AWS API output shapes (SDK v3), as JSON.
// Only the fields the adapter reads are typed, and strictly; every other field the API returns is kept and
// ignored (loose objects), so a newer API version or a newer collector does not break an older scanner.
// Companion calls made for one item are stored inside it under the operation's name (`GetBucketVersioning`):
// the operation's output without `$metadata`, `null` when AWS answered "not configured", and the key absent
// when the call was not made or failed (the failure is then listed in the snapshot's `errors`).

const text = z.string();
const bool = z.boolean();
const int = z.number().int();

const tagSchema = z.looseObject({ Key: text.optional(), Value: text.optional() });

const metadataOptionsSchema = z.looseObject({
  HttpTokens: text.optional(),
  HttpEndpoint: text.optional(),
});

/** DescribeInstances: `Reservations[].Instances[]`, flattened, each with its termination protection. */
export const ec2InstanceSchema = z.looseObject({
  InstanceId: text,
  State: z.looseObject({ Name: text.optional() }).optional(),
  SubnetId: text.optional(),
  VpcId: text.optional(),
  PublicIpAddress: text.optional(),
  MetadataOptions: metadataOptionsSchema.optional(),
  BlockDeviceMappings: z
    .array(
      z.looseObject({
        DeviceName: text.optional(),
        Ebs: z.looseObject({ VolumeId: text.optional(), DeleteOnTermination: bool.optional() }).optional(),
      }),
    )
    .optional(),
  Tags: z.array(tagSchema).optional(),
  /** DescribeInstanceAttribute with `Attribute: 'disableApiTermination'`. */
  DescribeInstanceAttribute: z
    .looseObject({ DisableApiTermination: z.looseObject({ Value: bool.optional() }).optional() })
    .optional(),
});

const userIdGroupPairSchema = z.looseObject({ GroupId: text.optional(), GroupName: text.optional() });

/** One entry of a security group's `IpPermissions`. */
export const ipPermissionSchema = z.looseObject({
  IpProtocol: text,
  FromPort: int.optional(),
  ToPort: int.optional(),
  IpRanges: z.array(z.looseObject({ CidrIp: text })).optional(),
  Ipv6Ranges: z.array(z.looseObject({ CidrIpv6: text })).optional(),
  PrefixListIds: z.array(z.looseObject({ PrefixListId: text })).optional(),
  UserIdGroupPairs: z.array(userIdGroupPairSchema).optional(),
});

/** DescribeSecurityGroups: `SecurityGroups[]`. */
export const securityGroupSchema = z.looseObject({
  GroupId: text,
  GroupName: text.optional(),
  VpcId: text.optional(),
  SecurityGroupArn: text.optional(),
  IpPermissions: z.array(ipPermissionSchema).optional(),
});

/** DescribeVpcs: `Vpcs[]`. */
export const vpcSchema = z.looseObject({ VpcId: text, IsDefault: bool.optional() });

/** DescribeSubnets: `Subnets[]`. */
export const subnetSchema = z.looseObject({
  SubnetId: text,
  SubnetArn: text.optional(),
  VpcId: text.optional(),
  MapPublicIpOnLaunch: bool.optional(),
});

/** DescribeFlowLogs: `FlowLogs[]`. */
export const flowLogSchema = z.looseObject({
  FlowLogId: text,
  ResourceId: text.optional(),
  FlowLogStatus: text.optional(),
});

/** DescribeVolumes: `Volumes[]`. */
export const volumeSchema = z.looseObject({
  VolumeId: text,
  Encrypted: bool.optional(),
  SnapshotId: text.optional(),
  Attachments: z.array(z.looseObject({ InstanceId: text.optional(), Device: text.optional() })).optional(),
});

/** DescribeLaunchTemplateVersions with `Versions: ['$Default']`: `LaunchTemplateVersions[]`. */
export const launchTemplateVersionSchema = z.looseObject({
  LaunchTemplateId: text,
  LaunchTemplateName: text.optional(),
  VersionNumber: int.optional(),
  DefaultVersion: bool.optional(),
  LaunchTemplateData: z
    .looseObject({
      MetadataOptions: metadataOptionsSchema.optional(),
      NetworkInterfaces: z
        .array(
          z.looseObject({
            DeviceIndex: int.optional(),
            AssociatePublicIpAddress: bool.optional(),
            SubnetId: text.optional(),
          }),
        )
        .optional(),
      BlockDeviceMappings: z
        .array(
          z.looseObject({
            DeviceName: text.optional(),
            Ebs: z
              .looseObject({
                Encrypted: bool.optional(),
                SnapshotId: text.optional(),
                DeleteOnTermination: bool.optional(),
              })
              .optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

const textList = z.array(text);

/** CloudTrail DescribeTrails: `trailList[]`, each with its GetTrailStatus and GetEventSelectors outputs. */
export const trailSchema = z.looseObject({
  Name: text,
  TrailARN: text,
  HomeRegion: text.optional(),
  IsMultiRegionTrail: bool.optional(),
  LogFileValidationEnabled: bool.optional(),
  KmsKeyId: text.optional(),
  CloudWatchLogsLogGroupArn: text.optional(),
  CloudWatchLogsRoleArn: text.optional(),
  GetTrailStatus: z.looseObject({ IsLogging: bool.optional() }).optional(),
  GetEventSelectors: z
    .looseObject({
      EventSelectors: z
        .array(z.looseObject({ ReadWriteType: text.optional(), IncludeManagementEvents: bool.optional() }))
        .optional(),
      AdvancedEventSelectors: z
        .array(
          z.looseObject({
            Name: text.optional(),
            FieldSelectors: z.array(
              z.looseObject({ Field: text, Equals: textList.optional(), NotEquals: textList.optional() }),
            ),
          }),
        )
        .optional(),
    })
    .optional(),
});

const publicAccessBlockSchema = z.looseObject({
  BlockPublicAcls: bool.optional(),
  IgnorePublicAcls: bool.optional(),
  BlockPublicPolicy: bool.optional(),
  RestrictPublicBuckets: bool.optional(),
});

/**
 * S3 ListBuckets: `Buckets[]`, each with its GetPublicAccessBlock, GetBucketEncryption, GetBucketVersioning and
 * GetBucketLifecycleConfiguration outputs.
 */
export const bucketSchema = z.looseObject({
  Name: text,
  BucketRegion: text.optional(),
  GetPublicAccessBlock: z
    .looseObject({ PublicAccessBlockConfiguration: publicAccessBlockSchema.optional() })
    .nullable()
    .optional(),
  GetBucketEncryption: z
    .looseObject({
      ServerSideEncryptionConfiguration: z
        .looseObject({
          Rules: z
            .array(
              z.looseObject({
                ApplyServerSideEncryptionByDefault: z
                  .looseObject({ SSEAlgorithm: text.optional(), KMSMasterKeyID: text.optional() })
                  .optional(),
              }),
            )
            .optional(),
        })
        .optional(),
    })
    .nullable()
    .optional(),
  GetBucketVersioning: z.looseObject({ Status: text.optional() }).optional(),
  GetBucketLifecycleConfiguration: z
    .looseObject({
      Rules: z
        .array(
          z.looseObject({
            ID: text.optional(),
            Status: text.optional(),
            Expiration: z.looseObject({ Days: int.optional(), Date: text.optional() }).optional(),
            NoncurrentVersionExpiration: z.looseObject({}).optional(),
          }),
        )
        .optional(),
    })
    .nullable()
    .optional(),
});

/** RDS DescribeDBInstances: `DBInstances[]`. */
export const dbInstanceSchema = z.looseObject({
  DBInstanceIdentifier: text,
  DBInstanceArn: text.optional(),
  Engine: text.optional(),
  StorageEncrypted: bool.optional(),
  PubliclyAccessible: bool.optional(),
  BackupRetentionPeriod: int.optional(),
  DeletionProtection: bool.optional(),
  DBClusterIdentifier: text.optional(),
  ReadReplicaSourceDBInstanceIdentifier: text.optional(),
});

/** RDS DescribeDBClusters: `DBClusters[]`. */
export const dbClusterSchema = z.looseObject({
  DBClusterIdentifier: text,
  DBClusterArn: text.optional(),
  Engine: text.optional(),
  StorageEncrypted: bool.optional(),
  BackupRetentionPeriod: int.optional(),
  DeletionProtection: bool.optional(),
});

/** KMS ListKeys: `Keys[]`, each with its DescribeKey and GetKeyRotationStatus outputs. */
export const kmsKeySchema = z.looseObject({
  KeyId: text,
  KeyArn: text.optional(),
  DescribeKey: z
    .looseObject({
      KeyMetadata: z
        .looseObject({
          KeyManager: text.optional(),
          KeySpec: text.optional(),
          KeyState: text.optional(),
          Origin: text.optional(),
        })
        .optional(),
    })
    .optional(),
  GetKeyRotationStatus: z.looseObject({ KeyRotationEnabled: bool.optional() }).nullable().optional(),
});

/**
 * The services and resource types of format version 1, each with the schema of its items. S3 is listed under
 * the region key `global` (ListBuckets is account-wide), and so is IAM; every other service under region names.
 */
export const SNAPSHOT_SERVICES = {
  ec2: {
    instances: ec2InstanceSchema,
    securityGroups: securityGroupSchema,
    vpcs: vpcSchema,
    subnets: subnetSchema,
    flowLogs: flowLogSchema,
    volumes: volumeSchema,
    launchTemplateVersions: launchTemplateVersionSchema,
    networkAcls: networkAclSchema,
  },
  s3: { buckets: bucketSchema },
  cloudtrail: { trails: trailSchema },
  rds: { dbInstances: dbInstanceSchema, dbClusters: dbClusterSchema },
  kms: { keys: kmsKeySchema },
  guardduty: { detectors: guardDutyDetectorSchema },
  config: { recorders: configRecorderSchema },
  iam: { policies: iamPolicySchema, inlinePolicies: iamInlinePolicySchema },
  eks: { clusters: eksClusterSchema },
} as const;

/** The API operation whose output fills each resource type: what `errors` names when it failed. */
export const SNAPSHOT_OPERATIONS = {
  ec2: {
    instances: 'DescribeInstances',
    securityGroups: 'DescribeSecurityGroups',
    vpcs: 'DescribeVpcs',
    subnets: 'DescribeSubnets',
    flowLogs: 'DescribeFlowLogs',
    volumes: 'DescribeVolumes',
    launchTemplateVersions: 'DescribeLaunchTemplateVersions',
    networkAcls: 'DescribeNetworkAcls',
  },
  s3: { buckets: 'ListBuckets' },
  cloudtrail: { trails: 'DescribeTrails' },
  rds: { dbInstances: 'DescribeDBInstances', dbClusters: 'DescribeDBClusters' },
  kms: { keys: 'ListKeys' },
  guardduty: { detectors: 'ListDetectors' },
  config: { recorders: 'DescribeConfigurationRecorders' },
  // Inline policies come from ListRoles, ListUsers and ListGroups (and calls per principal): the first is named.
  iam: { policies: 'ListPolicies', inlinePolicies: 'ListRoles' },
  eks: { clusters: 'ListClusters' },
} as const satisfies {
  [S in keyof typeof SNAPSHOT_SERVICES]: Record<keyof (typeof SNAPSHOT_SERVICES)[S], string>;
};

export type SnapshotService = keyof typeof SNAPSHOT_SERVICES;
export type SnapshotResourceType<S extends SnapshotService> = keyof (typeof SNAPSHOT_SERVICES)[S] & string;
export type SnapshotItem<S extends SnapshotService, T extends SnapshotResourceType<S>> =
  (typeof SNAPSHOT_SERVICES)[S][T] extends z.ZodType<infer O> ? O : never;
