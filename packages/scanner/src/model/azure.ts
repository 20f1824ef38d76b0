import type { SourceLocation } from './location.js';
import type { ResourceBase } from './resource-base.js';
import type { Attr } from './value.js';

// Azure resources of the model, adapted from Terraform (azurerm provider, v3 and v4 argument names). An optional
// attribute that is `undefined` is not set in the source: the provider's documented default applies, and each
// field below says which default that is. Values in Azure's own casing (`Inbound`, `Tcp`, `TLS1_2`) are kept
// as written unless the field says they are lower-cased.

/**
 * A virtual machine or a virtual machine scale set (whose settings every instance it starts gets):
 * azurerm_linux_virtual_machine, azurerm_windows_virtual_machine and the two matching scale set types.
 */
export interface VirtualMachine extends ResourceBase<'azure.compute.virtual-machine'> {
  /** From the resource type. */
  readonly osType: 'linux' | 'windows';
  /** A scale set rather than a single machine. */
  readonly scaleSet: boolean;
  /**
   * disable_password_authentication, Linux only. Undefined on Linux means the provider default, true: only SSH
   * keys log in. Always undefined on Windows, where an administrator password is mandatory.
   */
  readonly disablePasswordAuthentication?: Attr<boolean>;
  /**
   * encryption_at_host_enabled. Undefined means the default, false: temporary disks and the disk caches held on
   * the physical host are not encrypted there (managed disks are still encrypted at rest by the storage service).
   */
  readonly encryptionAtHost?: Attr<boolean>;
}

/** One security rule of a network security group, inline (`security_rule`) or azurerm_network_security_rule. */
export interface NsgRule {
  /** The rule as Terraform names it: `azurerm_network_security_group.web security_rule[0]`, `azurerm_network_security_rule.ssh`. */
  readonly address: string;
  readonly location: SourceLocation;
  readonly name?: Attr<string>;
  /** 100 to 4096; Azure evaluates rules in ascending priority and the first match decides. Required by Azure. */
  readonly priority?: Attr<number>;
  /** `inbound` or `outbound`, lower-cased. Required by Azure. */
  readonly direction?: Attr<string>;
  /** `allow` or `deny`, lower-cased. Required by Azure. */
  readonly access?: Attr<string>;
  /** `tcp`, `udp`, `icmp`, `esp`, `ah` or `*` (any), lower-cased. Required by Azure. */
  readonly protocol?: Attr<string>;
  /**
   * Source address prefixes: source_address_prefix and the items of source_address_prefixes together, as written
   * (CIDR ranges, `*`, service tags such as `Internet` or `VirtualNetwork`). Unknown when the list cannot be resolved.
   */
  readonly sourcePrefixes: Attr<readonly Attr<string>[]>;
  /** The rule takes its source from application security groups (source_application_security_group_ids). */
  readonly sourceApplicationSecurityGroups: boolean;
  /**
   * Destination ports: destination_port_range and the items of destination_port_ranges together, as written:
   * a port (`22`), a range (`1000-2000`) or `*` (every port).
   */
  readonly destinationPorts: Attr<readonly Attr<string>[]>;
}

/**
 * A network security group with its rules (inline and standalone). Standalone rules whose group is not declared
 * in the scanned configuration form a group of their own, with `declared` false.
 */
export interface NetworkSecurityGroup extends ResourceBase<'azure.network.security-group'> {
  /**
   * The custom rules. Azure adds default rules after them (lowest priority): inbound, traffic from the virtual
   * network and the load balancer is allowed and everything else, the internet included, is denied.
   */
  readonly rules: readonly NsgRule[];
  /** False for the stand-in group of standalone rules whose group the configuration does not declare. */
  readonly declared: boolean;
  /**
   * Addresses of the enabled azurerm_network_watcher_flow_log resources that record this group's traffic: those
   * that target the group itself (NSG flow logs), or the subnet, virtual network or network interface the group
   * is associated with (virtual network flow logs).
   */
  readonly flowLogs: readonly string[];
  /** Flow logs that would record this group's traffic but are declared with `enabled = false`. */
  readonly disabledFlowLogs: readonly string[];
  /**
   * Flow logs whose target or `enabled` cannot be resolved, or that target a network this group may guard
   * through an association that cannot be resolved: each may or may not record this group's traffic.
   */
  readonly unresolvedFlowLogs: readonly string[];
}

/** A soft-delete setting of a storage account's blob service (`delete_retention_policy` and its container twin). */
export interface BlobDeleteRetention {
  /** days, 1 to 365: how long a deleted item stays recoverable. Undefined means the provider default, 7. */
  readonly days?: Attr<number>;
  /**
   * permanent_delete_enabled, blob policy only: soft-deleted blobs and snapshots may be purged before their
   * retention ends. Undefined means the default, false.
   */
  readonly permanentDelete?: Attr<boolean>;
}

/** One deletion a lifecycle rule performs: what it deletes, counted from which event, after how many days. */
export interface LifecycleDeletion {
  /** The current blobs (`base_blob`), their snapshots (`snapshot`) or their previous versions (`version`). */
  readonly target: 'blobs' | 'snapshots' | 'versions';
  /** What the days count from: the last modification, the last access or the creation. */
  readonly since: 'modification' | 'last access' | 'creation';
  /** Days, 0 to 99999. Plans show an unset threshold as -1: such thresholds are not deletions and are left out. */
  readonly days: Attr<number>;
}

/** One `rule` of a storage account's lifecycle management policy. */
export interface LifecycleManagementRule {
  readonly name?: Attr<string>;
  /** enabled: required by the provider; a rule that does not set it is Unknown. */
  readonly enabled: Attr<boolean>;
  /** filters.prefix_match: `container/prefix` paths the rule is limited to. Undefined or empty: every container. */
  readonly prefixes?: Attr<readonly Attr<string>[]>;
  /** The deletions of its `actions`; Unknown when the actions cannot be resolved. */
  readonly deletions: Attr<readonly LifecycleDeletion[]>;
  /** The rule's line when the policy is in the account's file, else the account's line. */
  readonly line: number;
}

/** The azurerm_storage_management_policy of a storage account (Azure keeps at most one per account). */
export interface LifecycleManagementPolicy {
  readonly address: string;
  /** Its rules, in order; Unknown when they cannot be resolved (a `dynamic` block over an unresolved value). */
  readonly rules: Attr<readonly LifecycleManagementRule[]>;
}

/** azurerm_storage_account. */
export interface StorageAccount extends ResourceBase<'azure.storage.account'> {
  /**
   * allow_nested_items_to_be_public (allow_blob_public_access before azurerm v3): whether containers may opt in
   * to anonymous read access. Undefined means the provider default, true: they may.
   */
  readonly allowNestedItemsToBePublic?: Attr<boolean>;
  /**
   * public_network_access_enabled. Undefined means the default, true: the public endpoint accepts connections,
   * subject to the network rules.
   */
  readonly publicNetworkAccess?: Attr<boolean>;
  /**
   * default_action of the account's network rules (an inline `network_rules` block or an
   * azurerm_storage_account_network_rules resource): `Allow` or `Deny`. Undefined when no network rules are
   * declared: Azure then allows traffic from every network.
   */
  readonly networkDefaultAction?: Attr<string>;
  /**
   * https_traffic_only_enabled (azurerm v4) or enable_https_traffic_only (v3). Undefined means the default,
   * true: plain HTTP requests are refused.
   */
  readonly httpsOnly?: Attr<boolean>;
  /**
   * min_tls_version: `TLS1_0`, `TLS1_1`, `TLS1_2` (or `TLS1_3` where offered). Undefined means the provider
   * default for new accounts, `TLS1_2`.
   */
  readonly minTlsVersion?: Attr<string>;
  /**
   * account_kind: `StorageV2`, `Storage` (general purpose v1), `BlobStorage`, `BlockBlobStorage` or `FileStorage`
   * (file shares only, no blob service). Undefined means the provider default, `StorageV2`.
   */
  readonly accountKind?: Attr<string>;
  /**
   * blob_properties.delete_retention_policy: blob soft delete. Undefined when the configuration does not declare
   * it: a deleted or overwritten blob is gone at once (Azure turns soft delete on by default only for accounts
   * created in the portal).
   */
  readonly blobSoftDelete?: Attr<BlobDeleteRetention>;
  /** blob_properties.container_delete_retention_policy: container soft delete. Undefined: off, as above. */
  readonly containerSoftDelete?: Attr<BlobDeleteRetention>;
  /**
   * The azurerm_storage_management_policy whose storage_account_id names this account. Undefined when none does:
   * Azure then deletes no blob, snapshot or version by age. Unknown when one may name it but its account cannot
   * be resolved, or when several do.
   */
  readonly lifecyclePolicy?: Attr<LifecycleManagementPolicy>;
}

/** azurerm_key_vault. */
export interface KeyVault extends ResourceBase<'azure.keyvault.vault'> {
  /**
   * purge_protection_enabled. Undefined means the default, false: a deleted vault or key can be purged at once,
   * before its retention period ends. Once enabled it cannot be turned off.
   */
  readonly purgeProtection?: Attr<boolean>;
  /**
   * soft_delete_retention_days, 7 to 90: how long deleted vaults and objects stay recoverable. Undefined means
   * the default, 90. Soft delete itself is always on (azurerm v3 and later).
   */
  readonly softDeleteRetentionDays?: Attr<number>;
}

/** One log category or category group a diagnostic setting routes (`enabled_log`, or `log` before azurerm v4). */
export interface DiagnosticLog {
  /** A category: for a subscription's activity log `Administrative`, `Security`, `Policy`, ... */
  readonly category?: Attr<string>;
  /** A category group: `allLogs` or `audit`. */
  readonly categoryGroup?: Attr<string>;
  /** The `enabled` flag of a v3 `log` block (default true); always undefined for `enabled_log`. */
  readonly enabled?: Attr<boolean>;
  readonly line: number;
}

/** azurerm_monitor_diagnostic_setting: routes a resource's (or a subscription's) platform logs to a destination. */
export interface DiagnosticSetting extends ResourceBase<'azure.monitor.diagnostic-setting'> {
  /**
   * Whether target_resource_id is a subscription, whose diagnostic setting exports the activity log: a literal
   * `/subscriptions/<id>` or a reference to an azurerm_subscription data source. Unknown when the target cannot
   * be resolved.
   */
  readonly targetsSubscription: Attr<boolean>;
  /** The log categories routed; Unknown when the blocks cannot be resolved (a dynamic block over a variable). */
  readonly logs: Attr<readonly DiagnosticLog[]>;
}

/** azurerm_monitor_log_profile (removed in azurerm v4): the legacy export of the activity log. */
export interface LogProfile extends ResourceBase<'azure.monitor.log-profile'> {
  /** The activity log categories exported: `Action`, `Delete`, `Write`. Required by Azure. */
  readonly categories?: Attr<readonly Attr<string>[]>;
}

/** azurerm_kubernetes_cluster. */
export interface AksCluster extends ResourceBase<'azure.aks.cluster'> {
  /**
   * role_based_access_control_enabled (azurerm v3 and later; `role_based_access_control { enabled }` in v2).
   * Undefined means the default, true: Kubernetes RBAC authorizes API requests.
   */
  readonly rbacEnabled?: Attr<boolean>;
  /**
   * network_profile.network_policy: `azure`, `calico` or `cilium`. Undefined when the cluster declares no network
   * profile or no policy: no network policy engine runs, and NetworkPolicy objects are accepted but not enforced.
   */
  readonly networkPolicy?: Attr<string>;
}

/** azurerm_mssql_server, with the server auditing policies that target it. */
export interface SqlServer extends ResourceBase<'azure.sql.server'> {
  /**
   * Addresses of the azurerm_mssql_server_extended_auditing_policy resources that audit this server and are
   * enabled (`enabled` defaults to true).
   */
  readonly auditingPolicies: readonly string[];
  /** Auditing policies of this server declared with `enabled = false`. */
  readonly disabledAuditingPolicies: readonly string[];
  /** Auditing policies whose server or `enabled` cannot be resolved: each may audit this server. */
  readonly unresolvedAuditingPolicies: readonly string[];
}

/** azurerm_role_definition: a custom role, with the permissions of all its `permissions` blocks together. */
export interface RoleDefinition extends ResourceBase<'azure.authorization.role-definition'> {
  /** permissions.actions of every block (Azure grants their union); `*` is every action. Unknown when unresolved. */
  readonly actions: Attr<readonly Attr<string>[]>;
  /** permissions.not_actions of every block: removed from what `actions` grants. */
  readonly notActions: Attr<readonly Attr<string>[]>;
  /** assignable_scopes, where the role may be assigned (the role's `scope` when unset). */
  readonly assignableScopes?: Attr<readonly Attr<string>[]>;
  /** scope: where the role is defined (a subscription or management group). */
  readonly scope?: Attr<string>;
}

export type AzureResource =
  | RoleDefinition
  | VirtualMachine
  | NetworkSecurityGroup
  | StorageAccount
  | KeyVault
  | DiagnosticSetting
  | LogProfile
  | AksCluster
  | SqlServer;
