import type { ResourceBase } from './resource-base.js';
import type { Attr } from './value.js';

// Google Cloud resources of the model, adapted from Terraform (google provider v5/v6 argument names) today.
// An optional attribute that is `undefined` is not set in the source: the documented default of the provider
// and of Google Cloud applies, and each field below says which default that is.

/** Shielded VM options of an instance or template (`shielded_instance_config`). */
export interface ShieldedVmConfig {
  /** enable_secure_boot: only signed boot components load (default: false). */
  readonly secureBoot?: Attr<boolean>;
  /** enable_vtpm: a virtual TPM measures the boot (default: true). */
  readonly vtpm?: Attr<boolean>;
  /** enable_integrity_monitoring: boot measurements are compared with a baseline (default: true). */
  readonly integrityMonitoring?: Attr<boolean>;
}

/** One network interface of an instance or template (`network_interface`). */
export interface ComputeNetworkInterface {
  /** Position among the instance's interfaces (`network_interface[0]` is the primary one). */
  readonly index: number;
  /** An `access_config` block is declared: the interface gets an external IPv4 address (ephemeral or static). */
  readonly externalIpv4: Attr<boolean>;
  /** An `ipv6_access_config` block is declared: the interface gets an external IPv6 range. */
  readonly externalIpv6: Attr<boolean>;
  readonly line: number;
}

/** The service account an instance runs as (`service_account`). */
export interface ComputeServiceAccount {
  /**
   * The account's email as written, or the address of the resource a reference names
   * (`google_service_account.app`). Undefined when not set: Compute Engine then uses the project's default
   * compute service account.
   */
  readonly email?: Attr<string>;
  /**
   * The account is the project's default compute service account (`<number>-compute@developer.gserviceaccount.com`):
   * email not set, written out, or read from the `google_compute_default_service_account` data source.
   */
  readonly isDefault: Attr<boolean>;
  /** OAuth scopes as written: aliases (`cloud-platform`) or full URLs. Required by the provider. */
  readonly scopes?: Attr<readonly Attr<string>[]>;
  readonly line: number;
}

/** A boolean metadata key set in the project-wide metadata of the configuration. */
export interface ProjectMetadataFlag {
  readonly value: Attr<boolean>;
  /** The resource that sets it: `google_compute_project_metadata.default`. */
  readonly address: string;
}

/** What an instance and an instance template have in common: what the VM they start looks like. */
interface ComputeCommon {
  /** Undefined when the block is absent: each option then has its default (see ShieldedVmConfig). */
  readonly shieldedVm?: Attr<ShieldedVmConfig>;
  /** Unknown when the interfaces come from an unresolved `dynamic` block. */
  readonly networkInterfaces: Attr<readonly ComputeNetworkInterface[]>;
  /**
   * `enable-oslogin` of the instance's own metadata, read as the guest reads it (`TRUE`, `true`, `1`, ...).
   * Undefined when not set: the project-wide value applies, and OS Login is off when neither sets it.
   */
  readonly osLogin?: Attr<boolean>;
  /** `block-project-ssh-keys` of the instance's metadata (default: false, project-wide SSH keys are accepted). */
  readonly blockProjectSshKeys?: Attr<boolean>;
  /**
   * `enable-oslogin` of project-wide metadata (`google_compute_project_metadata` or `_item`) declared in the same
   * configuration for the instance's project. Undefined when none sets it; Unknown when one sets it but whether
   * it is the instance's project cannot be told.
   */
  readonly projectOsLogin?: Attr<ProjectMetadataFlag>;
  /** Undefined when the block is absent: the VM runs without a service account and gets no Google credentials. */
  readonly serviceAccount?: Attr<ComputeServiceAccount>;
}

/** A VM instance (`google_compute_instance`). */
export interface ComputeInstance extends ComputeCommon, ResourceBase<'gcp.compute.instance'> {}

/** An instance template (`google_compute_instance_template`, `google_compute_region_instance_template`). */
export interface ComputeInstanceTemplate
  extends ComputeCommon,
    ResourceBase<'gcp.compute.instance-template'> {}

/** One `allow` or `deny` entry of a firewall rule. */
export interface FirewallPermission {
  /** `tcp`, `udp`, `icmp`, `esp`, `ah`, `sctp`, `ipip`, `all` or an IP protocol number; names lower-cased. */
  readonly protocol: Attr<string>;
  /** Ports and ranges as written (`22`, `8000-8100`). Undefined or empty: every port of the protocol. */
  readonly ports?: Attr<readonly Attr<string>[]>;
  readonly line: number;
}

/** A VPC firewall rule (`google_compute_firewall`). */
export interface FirewallRule extends ResourceBase<'gcp.compute.firewall'> {
  /** `INGRESS` or `EGRESS` (default: `INGRESS`). */
  readonly direction?: Attr<string>;
  /** The rule exists but is not enforced (default: false). */
  readonly disabled?: Attr<boolean>;
  /** Lower numbers win; 0 to 65535 (default: 1000). */
  readonly priority?: Attr<number>;
  readonly allow: Attr<readonly FirewallPermission[]>;
  readonly deny: Attr<readonly FirewallPermission[]>;
  /**
   * Source address ranges. Undefined when not set (or set to an empty list): an ingress rule that names no source
   * tag or service account either then applies to every address, 0.0.0.0/0.
   */
  readonly sourceRanges?: Attr<readonly Attr<string>[]>;
  /** Network tags of source instances (undefined: none). */
  readonly sourceTags?: Attr<readonly Attr<string>[]>;
  /** Service accounts of source instances (undefined: none). */
  readonly sourceServiceAccounts?: Attr<readonly Attr<string>[]>;
}

/** The flow-log settings of a subnet (`log_config`); present means flow logs are on. */
export interface SubnetFlowLogs {
  /** Share of flows reported, 0 to 1 (default: 0.5). */
  readonly flowSampling?: Attr<number>;
  /** `INTERVAL_5_SEC` (default) up to `INTERVAL_15_MIN`. */
  readonly aggregationInterval?: Attr<string>;
  /** `INCLUDE_ALL_METADATA` (default), `EXCLUDE_ALL_METADATA` or `CUSTOM_METADATA`. */
  readonly metadata?: Attr<string>;
  /** A CEL filter on which flows are logged (default: all). */
  readonly filterExpr?: Attr<string>;
  readonly line: number;
}

/** A VPC subnet (`google_compute_subnetwork`). */
export interface Subnetwork extends ResourceBase<'gcp.compute.subnetwork'> {
  /**
   * `PRIVATE` (default, an ordinary subnet) or a special purpose (`REGIONAL_MANAGED_PROXY`,
   * `PRIVATE_SERVICE_CONNECT`, ...) whose subnets carry no VM traffic of their own and cannot log flows.
   */
  readonly purpose?: Attr<string>;
  /** Undefined when `log_config` is absent: the subnet logs no flows. */
  readonly flowLogs?: Attr<SubnetFlowLogs>;
}

/** One `lifecycle_rule` of a bucket: what happens to the objects its condition matches. */
export interface StorageLifecycleRule {
  /**
   * action.type as written: `Delete` (the objects are deleted), `SetStorageClass` (moved to another class) or
   * `AbortIncompleteMultipartUpload`. Required by the provider.
   */
  readonly actionType: Attr<string>;
  /** condition.age: days since the object was created (undefined: not part of the condition). */
  readonly ageDays?: Attr<number>;
  /**
   * condition.with_state: `LIVE`, `ARCHIVED` (noncurrent versions only) or `ANY`, upper-cased. Undefined (or
   * `ANY`): the condition matches live and noncurrent objects alike.
   */
  readonly withState?: Attr<string>;
  readonly line: number;
}

/** A Cloud Storage bucket (`google_storage_bucket`). */
export interface StorageBucket extends ResourceBase<'gcp.storage.bucket'> {
  /** uniform_bucket_level_access: only IAM decides access, object ACLs are off (default: false). */
  readonly uniformBucketLevelAccess?: Attr<boolean>;
  /**
   * public_access_prevention: `enforced`, or `inherited` (default), which follows the organization policy
   * `storage.publicAccessPrevention` and leaves public grants possible where no policy enforces it.
   */
  readonly publicAccessPrevention?: Attr<string>;
  /**
   * The `lifecycle_rule` blocks, in order. Undefined or empty when none is declared: Cloud Storage keeps every
   * object (and every noncurrent version) until someone deletes it. Unknown when the blocks cannot be resolved
   * (a `dynamic` block over an unresolved value).
   */
  readonly lifecycleRules?: Attr<readonly StorageLifecycleRule[]>;
  /**
   * The grants to everyone that IAM bindings, IAM members and ACLs of the bucket make (`allUsers`,
   * `allAuthenticatedUsers`), each as `<resource> grants <role> to <principal>`; empty when none does. Unknown when
   * one may: its bucket or members cannot be resolved. Undefined where the source does not say (snapshots).
   */
  readonly publicGrants?: Attr<readonly string[]>;
}

/** A Cloud KMS key (`google_kms_crypto_key`). */
export interface KmsCryptoKey extends ResourceBase<'gcp.kms.crypto-key'> {
  /** `ENCRYPT_DECRYPT` (default), `ASYMMETRIC_SIGN`, `ASYMMETRIC_DECRYPT`, `MAC`, ...; only the first rotates. */
  readonly purpose?: Attr<string>;
  /**
   * rotation_period in seconds (written `7776000s`). Undefined when not set: the key never rotates
   * automatically. Unknown when the text is not a duration.
   */
  readonly rotationPeriodSeconds?: Attr<number>;
}

/** One log type of an audit configuration (`audit_log_config`). */
export interface AuditLogType {
  /** `ADMIN_READ`, `DATA_READ` or `DATA_WRITE`. */
  readonly logType: Attr<string>;
  /** Principals whose access is not logged for this type (undefined: none). */
  readonly exemptedMembers?: Attr<readonly Attr<string>[]>;
  readonly line: number;
}

/**
 * Data Access audit logging of a project, folder or organization (`google_project_iam_audit_config`,
 * `google_folder_iam_audit_config`, `google_organization_iam_audit_config`). Admin Activity logs are always on
 * and are not configured here.
 */
export interface AuditConfig extends ResourceBase<'gcp.logging.audit-config'> {
  readonly scope: 'project' | 'folder' | 'organization';
  /** The service audited: `allServices` or one API (`storage.googleapis.com`). Required by the provider. */
  readonly service?: Attr<string>;
  readonly logTypes: Attr<readonly AuditLogType[]>;
}

/** A GKE cluster (`google_container_cluster`). */
export interface GkeCluster extends ResourceBase<'gcp.container.cluster'> {
  /** enable_autopilot: Google manages the nodes; Autopilot always runs GKE Dataplane V2 (default: false). */
  readonly autopilot?: Attr<boolean>;
  /** private_cluster_config.enable_private_nodes: nodes get internal addresses only (default: false). */
  readonly privateNodes?: Attr<boolean>;
  /** network_policy.enabled: NetworkPolicy is enforced through Calico (default: false). */
  readonly networkPolicy?: Attr<boolean>;
  /**
   * datapath_provider: `ADVANCED_DATAPATH` (GKE Dataplane V2, which enforces NetworkPolicy itself) or
   * `LEGACY_DATAPATH`. Undefined: legacy datapath on Standard clusters.
   */
  readonly datapathProvider?: Attr<string>;
}

/** A Cloud SQL instance (`google_sql_database_instance`). */
export interface SqlInstance extends ResourceBase<'gcp.sql.instance'> {
  /** `POSTGRES_15`, `MYSQL_8_0`, `SQLSERVER_2022_STANDARD`, ... */
  readonly databaseVersion?: Attr<string>;
  /** master_instance_name: a read replica of that instance, which has no backups of its own. */
  readonly replicaOf?: Attr<string>;
  /** settings.ip_configuration.ipv4_enabled: the instance has a public IPv4 address (default: true). */
  readonly ipv4Enabled?: Attr<boolean>;
  /** settings.ip_configuration.private_network: the VPC it has a private address in (default: none). */
  readonly privateNetwork?: Attr<string>;
  /** CIDR ranges of `authorized_networks` allowed to reach the public address (default: none). */
  readonly authorizedNetworks?: Attr<readonly Attr<string>[]>;
  /** settings.backup_configuration.enabled: automated daily backups (default: false). */
  readonly backupsEnabled?: Attr<boolean>;
  /**
   * deletion_protection, a guard of the Terraform provider itself: while true, Terraform refuses to destroy or
   * replace the instance (default: true). It does not stop a deletion from the console, gcloud or the API.
   */
  readonly terraformDeletionProtection?: Attr<boolean>;
  /**
   * settings.deletion_protection_enabled: Cloud SQL itself refuses to delete the instance, whoever asks, until
   * the flag is cleared (default: false).
   */
  readonly deletionProtectionEnabled?: Attr<boolean>;
}

export type GcpResource =
  | ComputeInstance
  | ComputeInstanceTemplate
  | FirewallRule
  | Subnetwork
  | StorageBucket
  | KmsCryptoKey
  | AuditConfig
  | GkeCluster
  | SqlInstance;
