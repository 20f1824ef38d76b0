import type { SourceLocation } from './location.js';
import type { ResourceBase } from './resource-base.js';
import type { Attr } from './value.js';

// AWS resources of the model. Every input format (CloudFormation today; Terraform, plan JSON and live
// snapshots later) adapts into these shapes, so one check covers them all. An optional attribute that is
// `undefined` is not set in the source: the provider's documented default applies, and each check says
// which default it assumes.

/** Instance metadata service options (IMDS). */
export interface MetadataOptions {
  /** `required` (IMDSv2 only) or `optional` (IMDSv1 allowed). */
  readonly httpTokens?: Attr<string>;
  /** `enabled` or `disabled`. */
  readonly httpEndpoint?: Attr<string>;
}

/** An EBS volume declared in a block-device mapping. Instance-store and `NoDevice` mappings are left out. */
export interface BlockDevice {
  readonly deviceName?: Attr<string>;
  readonly encrypted?: Attr<boolean>;
  /** The volume is created from a snapshot, whose encryption it inherits when `encrypted` is not set. */
  readonly snapshotId?: Attr<string>;
  readonly line: number;
}

/** The subnet an instance is launched in, when the source names one. */
export interface SubnetPlacement {
  readonly address: string;
  /** MapPublicIpOnLaunch of that subnet (AWS default for non-default subnets: false). */
  readonly mapPublicIpOnLaunch?: Attr<boolean>;
}

export interface NetworkPlacement {
  /** AssociatePublicIpAddress of the primary network interface. */
  readonly associatePublicIp?: Attr<boolean>;
  /** The subnet; Unknown when it is a parameter or lives outside the template; absent when none is named. */
  readonly subnet?: Attr<SubnetPlacement>;
}

export interface Ec2Instance extends ResourceBase<'aws.ec2.instance'> {
  /** The instance's own options, or those of the launch template it names when it sets none. */
  readonly metadataOptions?: Attr<MetadataOptions>;
  readonly network: NetworkPlacement;
  readonly blockDevices: readonly BlockDevice[];
}

/** An EC2 launch template or Auto Scaling launch configuration: what every instance started from it gets. */
export interface LaunchTemplate extends ResourceBase<'aws.ec2.launch-template'> {
  readonly metadataOptions?: Attr<MetadataOptions>;
  readonly network: NetworkPlacement;
  readonly blockDevices: readonly BlockDevice[];
}

export interface EbsVolume extends ResourceBase<'aws.ec2.volume'> {
  readonly encrypted?: Attr<boolean>;
  readonly snapshotId?: Attr<string>;
}

export interface SecurityGroupRule {
  /** The rule as the source names it: `AWS::EC2::SecurityGroup Web ingress[0]`, `AWS::EC2::SecurityGroupIngress Ssh`. */
  readonly address: string;
  readonly location: SourceLocation;
  /** `-1` (all), `tcp`, `udp`, `icmp`, `icmpv6` or a protocol number; names are lower-cased. */
  readonly protocol: Attr<string>;
  readonly fromPort?: Attr<number>;
  readonly toPort?: Attr<number>;
  readonly cidrIpv4?: Attr<string>;
  readonly cidrIpv6?: Attr<string>;
  /** Another security group or a prefix list: not the internet. */
  readonly otherSource?: boolean;
}

/** A security group with its ingress rules (inline ones and standalone AWS::EC2::SecurityGroupIngress). */
export interface SecurityGroup extends ResourceBase<'aws.ec2.security-group'> {
  readonly ingress: readonly SecurityGroupRule[];
}

export interface Subnet extends ResourceBase<'aws.ec2.subnet'> {
  readonly mapPublicIpOnLaunch?: Attr<boolean>;
}

export interface Vpc extends ResourceBase<'aws.ec2.vpc'> {
  /** Addresses of the flow logs that capture this VPC's traffic. */
  readonly flowLogs: readonly string[];
  /** Flow logs in the same template whose target cannot be resolved: each may or may not be this VPC's. */
  readonly unresolvedFlowLogs: readonly string[];
}

export interface CloudTrail extends ResourceBase<'aws.cloudtrail.trail'> {
  readonly multiRegion?: Attr<boolean>;
  readonly logFileValidation?: Attr<boolean>;
}

export interface PublicAccessBlock {
  readonly blockPublicAcls?: Attr<boolean>;
  readonly ignorePublicAcls?: Attr<boolean>;
  readonly blockPublicPolicy?: Attr<boolean>;
  readonly restrictPublicBuckets?: Attr<boolean>;
}

export interface BucketEncryptionRule {
  /** `AES256`, `aws:kms` or `aws:kms:dsse`. */
  readonly algorithm?: Attr<string>;
  readonly kmsKeyId?: Attr<string>;
  readonly line: number;
}

export interface S3Bucket extends ResourceBase<'aws.s3.bucket'> {
  readonly publicAccessBlock?: Attr<PublicAccessBlock>;
  readonly encryption?: Attr<readonly BucketEncryptionRule[]>;
  /** `Enabled` or `Suspended`. */
  readonly versioning?: Attr<string>;
}

interface DatabaseCommon {
  readonly engine?: Attr<string>;
  readonly storageEncrypted?: Attr<boolean>;
  readonly backupRetentionDays?: Attr<number>;
  readonly deletionProtection?: Attr<boolean>;
  /** Restored from a snapshot: encryption is inherited when not set. */
  readonly snapshotId?: Attr<string>;
}

export interface DbInstance extends DatabaseCommon, ResourceBase<'aws.rds.instance'> {
  readonly publiclyAccessible?: Attr<boolean>;
  /** Member of a DB cluster (Aurora): storage, backups and deletion protection belong to the cluster. */
  readonly clusterId?: Attr<string>;
  /** A read replica: it inherits encryption from its source and has no backups of its own to require. */
  readonly replicaOf?: Attr<string>;
}

export interface DbCluster extends DatabaseCommon, ResourceBase<'aws.rds.cluster'> {}

export interface KmsKey extends ResourceBase<'aws.kms.key'> {
  readonly rotation?: Attr<boolean>;
  /** `SYMMETRIC_DEFAULT` unless set; only symmetric encryption keys can rotate automatically. */
  readonly keySpec?: Attr<string>;
}

export type AwsResource =
  | Ec2Instance
  | LaunchTemplate
  | EbsVolume
  | SecurityGroup
  | Subnet
  | Vpc
  | CloudTrail
  | S3Bucket
  | DbInstance
  | DbCluster
  | KmsKey;
