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
  /** DeleteOnTermination: whether the volume goes with the instance (AWS default for launch mappings: true). */
  readonly deleteOnTermination?: Attr<boolean>;
  readonly line: number;
}

/** The subnet an instance is launched in, when the source names one. */
export interface SubnetPlacement {
  readonly address: string;
  /** MapPublicIpOnLaunch of that subnet (AWS default for non-default subnets: false). */
  readonly mapPublicIpOnLaunch?: Attr<boolean>;
}

/** A network interface created apart from the instance and attached to it at launch as its primary interface. */
export interface ExistingInterface {
  /**
   * The interface as the source declares it (`aws_network_interface.eth0`, `AWS::EC2::NetworkInterface Eth0`);
   * undefined when the source names one it does not declare (a parameter, a variable, a literal id).
   */
  readonly address?: string;
}

export interface NetworkPlacement {
  /**
   * AssociatePublicIpAddress of the primary network interface. False when that interface is an existing one
   * (`existingInterface`) and the source does not set it: AWS assigns a public IPv4 address on launch only to a
   * new primary interface. In a snapshot: whether the instance has a public IPv4 address (an Elastic IP or not).
   */
  readonly associatePublicIp?: Attr<boolean>;
  /**
   * The subnet (of the existing primary interface, when there is one); Unknown when it is a parameter or lives
   * outside the template; absent when none is named.
   */
  readonly subnet?: Attr<SubnetPlacement>;
  /** Set when the primary interface is an existing network interface attached at launch; absent otherwise. */
  readonly existingInterface?: ExistingInterface;
  /**
   * The Elastic IPs of the same template or configuration associated with the instance, directly or through a
   * network interface it attaches: each named by the EIP (`aws_eip.web`, `AWS::EC2::EIP WebIp`), or by the
   * association when the EIP it associates is not declared there. Unknown when none is for sure but an EIP or
   * association may be (its target cannot be resolved): the reason names it and says why. Undefined when the
   * source cannot say: launch templates (an Elastic IP attaches to an instance) and snapshots (whose
   * `associatePublicIp` is the public address the instance has, an Elastic IP or not).
   */
  readonly elasticIps?: Attr<readonly string[]>;
}

export interface Ec2Instance extends ResourceBase<'aws.ec2.instance'> {
  /** The instance's own options, or those of the launch template it names when it sets none. */
  readonly metadataOptions?: Attr<MetadataOptions>;
  readonly network: NetworkPlacement;
  readonly blockDevices: readonly BlockDevice[];
  /** DisableApiTermination (termination protection), own or from its launch template (AWS default: false). */
  readonly disableApiTermination?: Attr<boolean>;
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

/** A basic event selector of a trail (EventSelectors). */
export interface TrailEventSelector {
  /** IncludeManagementEvents (AWS default: true). */
  readonly includeManagementEvents?: Attr<boolean>;
  /** `All`, `ReadOnly` or `WriteOnly` (AWS default: `All`). */
  readonly readWriteType?: Attr<string>;
  readonly line: number;
}

/** One field condition of an advanced event selector (`eventCategory`, `readOnly`, `eventSource`, ...). */
export interface TrailFieldSelector {
  readonly field: Attr<string>;
  readonly equals?: Attr<readonly Attr<string>[]>;
  readonly notEquals?: Attr<readonly Attr<string>[]>;
}

/** An advanced event selector of a trail (AdvancedEventSelectors): all its field conditions must match. */
export interface TrailAdvancedSelector {
  readonly fieldSelectors: Attr<readonly TrailFieldSelector[]>;
  readonly line: number;
}

export interface CloudTrail extends ResourceBase<'aws.cloudtrail.trail'> {
  readonly multiRegion?: Attr<boolean>;
  readonly logFileValidation?: Attr<boolean>;
  /**
   * KMSKeyId: the key that encrypts delivered logs, as written (id, ARN, alias) or as the address of a key of the
   * same template (`AWS::KMS::Key TrailKey`). Not set: logs get S3-managed encryption only.
   */
  readonly kmsKeyId?: Attr<string>;
  /** CloudWatchLogsLogGroupArn, as written or as the address of a log group of the same template. */
  readonly cloudWatchLogGroup?: Attr<string>;
  /** CloudWatchLogsRoleArn: the role CloudTrail assumes to deliver to the log group. */
  readonly cloudWatchRole?: Attr<string>;
  /**
   * EventSelectors; undefined when the trail declares none (and no advanced selectors): every management event,
   * read and write, is then logged.
   */
  readonly eventSelectors?: Attr<readonly TrailEventSelector[]>;
  /** AdvancedEventSelectors; when present they replace EventSelectors. */
  readonly advancedEventSelectors?: Attr<readonly TrailAdvancedSelector[]>;
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

/** A lifecycle rule of a bucket: only what decides whether objects are ever deleted. */
export interface BucketLifecycleRule {
  readonly id?: Attr<string>;
  /** `Enabled` or `Disabled` (required by S3). */
  readonly status?: Attr<string>;
  /** ExpirationInDays or ExpirationDate is set: current objects expire. */
  readonly expiresCurrent?: Attr<boolean>;
  /** NoncurrentVersionExpiration (or the older NoncurrentVersionExpirationInDays) is set. */
  readonly expiresNoncurrent?: Attr<boolean>;
  readonly line: number;
}

export interface S3Bucket extends ResourceBase<'aws.s3.bucket'> {
  readonly publicAccessBlock?: Attr<PublicAccessBlock>;
  readonly encryption?: Attr<readonly BucketEncryptionRule[]>;
  /** `Enabled` or `Suspended`. */
  readonly versioning?: Attr<string>;
  /** LifecycleConfiguration rules; undefined when the bucket has no lifecycle configuration (objects never expire). */
  readonly lifecycleRules?: Attr<readonly BucketLifecycleRule[]>;
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
  /** DeleteAutomatedBackups: automated backups go when the instance is deleted (AWS default: true). */
  readonly deleteAutomatedBackups?: Attr<boolean>;
}

export interface DbCluster extends DatabaseCommon, ResourceBase<'aws.rds.cluster'> {}

export interface KmsKey extends ResourceBase<'aws.kms.key'> {
  readonly rotation?: Attr<boolean>;
  /** `SYMMETRIC_DEFAULT` unless set; only symmetric encryption keys can rotate automatically. */
  readonly keySpec?: Attr<string>;
  /** PendingWindowInDays: the waiting period, 7 to 30 days, before a scheduled deletion happens (AWS default: 30). */
  readonly pendingWindowInDays?: Attr<number>;
}

export interface GuardDutyDetector extends ResourceBase<'aws.guardduty.detector'> {
  /** Enable: required by CloudFormation and the API, so an unset value is a template that cannot deploy. */
  readonly enabled?: Attr<boolean>;
}

/** Which resource types an AWS Config recorder records (RecordingGroup). */
export interface ConfigRecordingGroup {
  readonly allSupported?: Attr<boolean>;
  /** IncludeGlobalResourceTypes: IAM users, groups, roles and customer managed policies (AWS default: false). */
  readonly includeGlobalResourceTypes?: Attr<boolean>;
  /** RecordingStrategy.UseOnly: `ALL_SUPPORTED_RESOURCE_TYPES`, `INCLUSION_BY_RESOURCE_TYPES` or `EXCLUSION_BY_RESOURCE_TYPES`. */
  readonly strategy?: Attr<string>;
  /** ResourceTypes: the only types recorded, when listed. */
  readonly resourceTypes?: Attr<readonly Attr<string>[]>;
  /** ExclusionByResourceTypes.ResourceTypes: types left out. */
  readonly excludedResourceTypes?: Attr<readonly Attr<string>[]>;
}

export interface ConfigRecorder extends ResourceBase<'aws.config.recorder'> {
  /**
   * Undefined when the recorder declares no group: AWS Config then records every supported regional type but not
   * the global IAM types.
   */
  readonly recordingGroup?: Attr<ConfigRecordingGroup>;
}

/** One statement of an IAM policy document. Each list is Unknown when it cannot be resolved as a whole. */
export interface PolicyStatement {
  readonly sid?: Attr<string>;
  /** `Allow` or `Deny`. */
  readonly effect?: Attr<string>;
  readonly actions?: Attr<readonly Attr<string>[]>;
  readonly notActions?: Attr<readonly Attr<string>[]>;
  readonly resources?: Attr<readonly Attr<string>[]>;
  readonly notResources?: Attr<readonly Attr<string>[]>;
  /** The statement has a Condition block. */
  readonly conditional: boolean;
  readonly line: number;
}

/**
 * An IAM permissions policy: an AWS::IAM::ManagedPolicy, an AWS::IAM::Policy, or one inline policy of a role, user
 * or group (then its address names both: `AWS::IAM::Role Deployer policy deploy`).
 */
export interface IamPolicy extends ResourceBase<'aws.iam.policy'> {
  readonly policyType: 'managed' | 'standalone' | 'inline';
  readonly name?: Attr<string>;
  /** Unknown when the document cannot be resolved (a parameter, an import, text that is not JSON). */
  readonly statements: Attr<readonly PolicyStatement[]>;
}

/** A secrets-encryption setting of an EKS cluster (EncryptionConfig entry). */
export interface EksEncryption {
  /** Kubernetes resources encrypted with the key: only `secrets` is supported. */
  readonly resources?: Attr<readonly Attr<string>[]>;
  readonly keyArn?: Attr<string>;
  readonly line: number;
}

export interface EksCluster extends ResourceBase<'aws.eks.cluster'> {
  /** ResourcesVpcConfig.EndpointPublicAccess (AWS default: true). */
  readonly endpointPublicAccess?: Attr<boolean>;
  /** ResourcesVpcConfig.EndpointPrivateAccess (AWS default: false). */
  readonly endpointPrivateAccess?: Attr<boolean>;
  /** ResourcesVpcConfig.PublicAccessCidrs (AWS default: 0.0.0.0/0, everyone). */
  readonly publicAccessCidrs?: Attr<readonly Attr<string>[]>;
  /** Logging.ClusterLogging.EnabledTypes: control-plane logs sent to CloudWatch (AWS default: none). */
  readonly logTypes?: Attr<readonly Attr<string>[]>;
  /** EncryptionConfig (AWS default: none, then only the default AWS owned key protects secrets). */
  readonly encryption?: Attr<readonly EksEncryption[]>;
}

/** An entry of a network ACL (AWS::EC2::NetworkAclEntry). */
export interface NetworkAclEntry {
  /** The entry as the source names it: `AWS::EC2::NetworkAclEntry InboundSsh`. */
  readonly address: string;
  readonly location: SourceLocation;
  /** Entries are evaluated in ascending rule number; the first that matches decides. */
  readonly ruleNumber?: Attr<number>;
  /** `-1` (all), `tcp`, `udp`, `icmp`, `icmpv6` or a protocol number. */
  readonly protocol?: Attr<string>;
  /** `allow` or `deny`, lower-cased. */
  readonly action?: Attr<string>;
  /** Egress (AWS default: false, an inbound entry). */
  readonly egress?: Attr<boolean>;
  readonly cidrIpv4?: Attr<string>;
  readonly cidrIpv6?: Attr<string>;
  readonly fromPort?: Attr<number>;
  readonly toPort?: Attr<number>;
}

/** A network ACL with its entries; entries whose ACL is outside the template form an ACL of their own. */
export interface NetworkAcl extends ResourceBase<'aws.ec2.network-acl'> {
  readonly entries: readonly NetworkAclEntry[];
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
  | KmsKey
  | GuardDutyDetector
  | ConfigRecorder
  | IamPolicy
  | EksCluster
  | NetworkAcl;
