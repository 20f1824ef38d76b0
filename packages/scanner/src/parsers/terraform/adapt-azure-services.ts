import type { AksCluster, KeyVault, SqlServer, StorageAccount } from '../../model/azure.js';
import { type Attr, isUnknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import { companions } from './adapt-azure-context.js';
import { blobRetention, lifecyclePolicy } from './adapt-azure-storage-data.js';
import { companionOf, resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { block, bool, num, str } from './tf-values.js';

// Storage accounts (with their standalone network rules, soft delete and lifecycle policy), key vaults, AKS clusters and SQL servers (with their
// auditing policies). Unset arguments stay undefined: the model documents each provider default.

export const NETWORK_RULES_TYPE = 'azurerm_storage_account_network_rules';
export const SQL_AUDITING_TYPE = 'azurerm_mssql_server_extended_auditing_policy';

/**
 * The default action of an account's network rules: the inline `network_rules` block, else the
 * azurerm_storage_account_network_rules resource that names the account (an Unknown when one may name it, or
 * when several do).
 */
const defaultAction = (r: TfResource, ctx: TfContext): Attr<string> | undefined => {
  const inline = block(r.values, 'network_rules');
  if (inline !== undefined) return isUnknown(inline) ? inline : str(inline, 'default_action');
  const does = "set this account's network rules";
  // azurerm 2.x and 3.x also name the account by its name (globally unique) and resource group.
  const rules =
    companionOf(ctx, r, { type: NETWORK_RULES_TYPE, key: 'storage_account_id', does }) ??
    companionOf(ctx, r, {
      type: NETWORK_RULES_TYPE,
      key: 'storage_account_name',
      targetKeys: ['name'],
      does,
    });
  return rules === undefined || isUnknown(rules) ? rules : str(rules.values, 'default_action');
};

export const adaptStorageAccount = (r: TfResource, ctx: TfContext): StorageAccount => {
  const v = r.values;
  return {
    ...resourceBase('azure', r, 'azure.storage.account', {
      allow_nested_items_to_be_public: 'allowNestedItemsToBePublic',
      allow_blob_public_access: 'allowNestedItemsToBePublic',
      public_network_access_enabled: 'publicNetworkAccess',
      'network_rules.0.default_action': 'networkDefaultAction',
      network_rules: 'networkDefaultAction',
      https_traffic_only_enabled: 'httpsOnly',
      enable_https_traffic_only: 'httpsOnly',
      min_tls_version: 'minTlsVersion',
      account_kind: 'accountKind',
      'blob_properties.0.delete_retention_policy.0.days': 'blobSoftDelete.days',
      'blob_properties.0.delete_retention_policy.0.permanent_delete_enabled':
        'blobSoftDelete.permanentDelete',
      'blob_properties.0.delete_retention_policy': 'blobSoftDelete',
      'blob_properties.0.container_delete_retention_policy.0.days': 'containerSoftDelete.days',
      'blob_properties.0.container_delete_retention_policy': 'containerSoftDelete',
      blob_properties: 'blobSoftDelete',
    }),
    allowNestedItemsToBePublic:
      bool(v, 'allow_nested_items_to_be_public') ?? bool(v, 'allow_blob_public_access'),
    publicNetworkAccess: bool(v, 'public_network_access_enabled'),
    networkDefaultAction: defaultAction(r, ctx),
    httpsOnly: bool(v, 'https_traffic_only_enabled') ?? bool(v, 'enable_https_traffic_only'),
    minTlsVersion: str(v, 'min_tls_version'),
    accountKind: str(v, 'account_kind'),
    blobSoftDelete: blobRetention(r, 'delete_retention_policy'),
    containerSoftDelete: blobRetention(r, 'container_delete_retention_policy'),
    lifecyclePolicy: lifecyclePolicy(r, ctx),
  };
};

export const adaptKeyVault = (r: TfResource): KeyVault => ({
  ...resourceBase('azure', r, 'azure.keyvault.vault', {
    purge_protection_enabled: 'purgeProtection',
    soft_delete_retention_days: 'softDeleteRetentionDays',
  }),
  purgeProtection: bool(r.values, 'purge_protection_enabled'),
  softDeleteRetentionDays: num(r.values, 'soft_delete_retention_days'),
});

/** azurerm_kubernetes_cluster; the v2 `role_based_access_control { enabled }` block is read too. */
export const adaptAksCluster = (r: TfResource): AksCluster => {
  const v = r.values;
  const profile = block(v, 'network_profile');
  return {
    ...resourceBase('azure', r, 'azure.aks.cluster', {
      role_based_access_control_enabled: 'rbacEnabled',
      'role_based_access_control.0.enabled': 'rbacEnabled',
      'network_profile.0.network_policy': 'networkPolicy',
      network_profile: 'networkPolicy',
    }),
    rbacEnabled:
      bool(v, 'role_based_access_control_enabled') ?? bool(block(v, 'role_based_access_control'), 'enabled'),
    networkPolicy: str(profile, 'network_policy'),
  };
};

/**
 * azurerm_mssql_server (and azurerm_sql_server, its name before azurerm 4.0) with the server auditing policies
 * whose server_id names it, and the inline `extended_auditing_policy` block of azurerm 2.x.
 */
export const adaptSqlServer = (r: TfResource, ctx: TfContext): SqlServer => {
  const policies = companions(ctx, r, [SQL_AUDITING_TYPE], 'server_id', (p) => bool(p.values, 'enabled'));
  const inline = block(r.values, 'extended_auditing_policy');
  const own = inline === undefined ? [] : [`${r.address} extended_auditing_policy`];
  return {
    ...resourceBase('azure', r, 'azure.sql.server'),
    auditingPolicies: isUnknown(inline) ? policies.linked : [...own, ...policies.linked],
    disabledAuditingPolicies: policies.disabled,
    unresolvedAuditingPolicies: isUnknown(inline)
      ? [`${r.address} extended_auditing_policy`, ...policies.unresolved]
      : policies.unresolved,
  };
};
