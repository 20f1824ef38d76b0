import type {
  AuditConfig,
  AuditLogType,
  GkeCluster,
  KmsCryptoKey,
  SqlInstance,
  StorageBucket,
} from '../../model/gcp.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { partLine, TfContext } from './adapt-aws-context.js';
import { resourceBase } from './adapt-base.js';
import { publicGrants } from './adapt-google-bucket-iam.js';
import { storageLifecycleRules } from './adapt-google-storage-lifecycle.js';
import type { TfResource } from './tf-resource.js';
import { block, blocks, bool, reference, str, strList } from './tf-values.js';

// Cloud Storage buckets, Cloud KMS keys, Cloud SQL instances, GKE clusters and audit configurations.

const lower = (value: Attr<string> | undefined): Attr<string> | undefined =>
  value === undefined || isUnknown(value) ? value : value.trim().toLowerCase();

const upper = (value: Attr<string> | undefined): Attr<string> | undefined =>
  value === undefined || isUnknown(value) ? value : value.trim().toUpperCase();

export const adaptStorageBucket = (r: TfResource, ctx: TfContext = new TfContext([r])): StorageBucket => ({
  ...resourceBase('gcp', r, 'gcp.storage.bucket', {
    uniform_bucket_level_access: 'uniformBucketLevelAccess',
    // `bucket_policy_only` is its name in google provider 3.x and older, still found in modules.
    bucket_policy_only: 'uniformBucketLevelAccess',
    public_access_prevention: 'publicAccessPrevention',
    lifecycle_rule: 'lifecycleRules',
  }),
  uniformBucketLevelAccess:
    bool(r.values, 'uniform_bucket_level_access') ?? bool(r.values, 'bucket_policy_only'),
  publicAccessPrevention: lower(str(r.values, 'public_access_prevention')),
  lifecycleRules: storageLifecycleRules(r),
  publicGrants: publicGrants(ctx, r),
});

/** A protobuf duration as the API writes it (`7776000s`, `86400.5s`): seconds, or undefined if it is not one. */
export const parseDuration = (text: string): number | undefined => {
  const match = /^\s*(\d+(?:\.\d{1,9})?)s\s*$/.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

/** google_kms_crypto_key. A rotation period that is not a duration is reported and left Unknown. */
export const adaptKmsCryptoKey = (r: TfResource, ctx: TfContext): KmsCryptoKey => {
  const period = str(r.values, 'rotation_period');
  let seconds: Attr<number> | undefined = period === undefined || isUnknown(period) ? period : undefined;
  if (typeof period === 'string') {
    seconds = parseDuration(period);
    if (seconds === undefined) {
      const message = `rotation_period "${period}" is not a duration in seconds such as "7776000s"`;
      seconds = unknown(message);
      ctx.issues.push({
        level: 'warning',
        location: { file: r.location.file, line: partLine(r, 'rotation_period') },
        message: `${r.address}: ${message}`,
      });
    }
  }
  return {
    ...resourceBase('gcp', r, 'gcp.kms.crypto-key', {
      purpose: 'purpose',
      rotation_period: 'rotationPeriodSeconds',
    }),
    purpose: upper(str(r.values, 'purpose')),
    rotationPeriodSeconds: seconds,
  };
};

/**
 * google_sql_database_instance. Everything but the version and the primary lives in the `settings` block,
 * which the provider requires; an unresolved block makes every setting Unknown.
 */
export const adaptSqlInstance = (r: TfResource): SqlInstance => {
  const settings = block(r.values, 'settings');
  const ip = block(settings, 'ip_configuration');
  const backups = block(settings, 'backup_configuration');
  const networks = blocks(ip, 'authorized_networks');
  return {
    ...resourceBase('gcp', r, 'gcp.sql.instance', {
      database_version: 'databaseVersion',
      master_instance_name: 'replicaOf',
      'settings.0.ip_configuration.0.ipv4_enabled': 'ipv4Enabled',
      'settings.0.ip_configuration.0.private_network': 'privateNetwork',
      'settings.0.ip_configuration.0.authorized_networks': 'authorizedNetworks',
      'settings.0.ip_configuration.0': 'ipv4Enabled',
      'settings.0.backup_configuration.0.enabled': 'backupsEnabled',
      'settings.0.backup_configuration.0': 'backupsEnabled',
      settings: 'ipv4Enabled',
      deletion_protection: 'terraformDeletionProtection',
      'settings.0.deletion_protection_enabled': 'deletionProtectionEnabled',
    }),
    databaseVersion: str(r.values, 'database_version'),
    replicaOf: reference(r.values, 'master_instance_name'),
    ipv4Enabled: bool(ip, 'ipv4_enabled'),
    privateNetwork: reference(ip, 'private_network'),
    authorizedNetworks: isUnknown(networks)
      ? networks
      : networks.length === 0
        ? undefined
        : networks.map((n) => str(n, 'value') ?? unknown('an authorized network sets no value')),
    backupsEnabled: bool(backups, 'enabled'),
    terraformDeletionProtection: bool(r.values, 'deletion_protection'),
    deletionProtectionEnabled: bool(settings, 'deletion_protection_enabled'),
  };
};

export const adaptGkeCluster = (r: TfResource): GkeCluster => {
  const v = r.values;
  return {
    ...resourceBase('gcp', r, 'gcp.container.cluster', {
      enable_autopilot: 'autopilot',
      'private_cluster_config.0.enable_private_nodes': 'privateNodes',
      private_cluster_config: 'privateNodes',
      'network_policy.0.enabled': 'networkPolicy',
      network_policy: 'networkPolicy',
      datapath_provider: 'datapathProvider',
    }),
    autopilot: bool(v, 'enable_autopilot'),
    privateNodes: bool(block(v, 'private_cluster_config'), 'enable_private_nodes'),
    networkPolicy: bool(block(v, 'network_policy'), 'enabled'),
    datapathProvider: upper(str(v, 'datapath_provider')),
  };
};

const AUDIT_SCOPES: Readonly<Record<string, AuditConfig['scope']>> = {
  google_project_iam_audit_config: 'project',
  google_folder_iam_audit_config: 'folder',
  google_organization_iam_audit_config: 'organization',
};

export const AUDIT_CONFIG_TYPES = Object.keys(AUDIT_SCOPES);

export const adaptAuditConfig = (r: TfResource): AuditConfig => {
  const list = blocks(r.values, 'audit_log_config');
  const logTypes = isUnknown(list)
    ? list
    : list.map((b, i): AuditLogType => {
        const line = partLine(r, `audit_log_config.${i}`, 'audit_log_config');
        if (isUnknown(b)) return { logType: b, exemptedMembers: b, line };
        const members = strList(b, 'exempted_members');
        return {
          logType: upper(str(b, 'log_type')) ?? unknown('the entry sets no log_type'),
          exemptedMembers:
            members !== undefined && !isUnknown(members) && members.length === 0 ? undefined : members,
          line,
        };
      });
  return {
    ...resourceBase('gcp', r, 'gcp.logging.audit-config', {
      service: 'service',
      audit_log_config: 'logTypes',
    }),
    scope: AUDIT_SCOPES[r.type] ?? 'project',
    service: str(r.values, 'service'),
    logTypes,
  };
};
