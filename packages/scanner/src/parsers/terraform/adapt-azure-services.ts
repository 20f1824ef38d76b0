import type { AksCluster, KeyVault, SqlServer, StorageAccount } from '../../model/azure.js';
import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import { azureBase, companions } from './adapt-azure-context.js';
import { blobRetention, lifecyclePolicy } from './adapt-azure-storage-data.js';
import type { TfResource } from './tf-resource.js';
import { block, bool, get, num, str, type TfSource } from './tf-values.js';

// Storage accounts (with their standalone network rules, soft delete and lifecycle policy), key vaults, AKS clusters and SQL servers (with their
// auditing policies). Unset arguments stay undefined: the model documents each provider default.

export const NETWORK_RULES_TYPE = 'azurerm_storage_account_network_rules';
export const SQL_AUDITING_TYPE = 'azurerm_mssql_server_extended_auditing_policy';

/** A string argument, with an empty string (how plans show some unset strings) read as not set. */
const text = (source: TfSource, key: string): Attr<string> | undefined => {
  const value = str(source, key);
  return value === '' ? undefined : value;
};

/**
 * The default action of an account's network rules: the inline `network_rules` block, else the
 * azurerm_storage_account_network_rules resource that names the account (an Unknown when one may name it).
 */
const defaultAction = (r: TfResource, ctx: TfContext): Attr<string> | undefined => {
  const inline = block(r.values, 'network_rules');
  if (inline !== undefined) return isUnknown(inline) ? inline : text(inline, 'default_action');
  let doubt: Unknown | undefined;
  for (const rules of ctx.ofType(NETWORK_RULES_TYPE)) {
    const refers = ctx.refersTo(get(rules.values, 'storage_account_id'), r, ['id']);
    if (refers === true) return text(rules.values, 'default_action');
    if (isUnknown(refers))
      doubt ??= unknown(`${rules.address} may set this account's network rules: ${refers.reason}`);
  }
  return doubt;
};

export const adaptStorageAccount = (r: TfResource, ctx: TfContext): StorageAccount => {
  const v = r.values;
  return {
    ...azureBase(r, 'azure.storage.account', {
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
    minTlsVersion: text(v, 'min_tls_version'),
    accountKind: text(v, 'account_kind'),
    blobSoftDelete: blobRetention(r, 'delete_retention_policy'),
    containerSoftDelete: blobRetention(r, 'container_delete_retention_policy'),
    lifecyclePolicy: lifecyclePolicy(r, ctx),
  };
};

export const adaptKeyVault = (r: TfResource): KeyVault => ({
  ...azureBase(r, 'azure.keyvault.vault', {
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
    ...azureBase(r, 'azure.aks.cluster', {
      role_based_access_control_enabled: 'rbacEnabled',
      'role_based_access_control.0.enabled': 'rbacEnabled',
      'network_profile.0.network_policy': 'networkPolicy',
      network_profile: 'networkPolicy',
    }),
    rbacEnabled:
      bool(v, 'role_based_access_control_enabled') ?? bool(block(v, 'role_based_access_control'), 'enabled'),
    networkPolicy: text(profile, 'network_policy'),
  };
};

/** azurerm_mssql_server with the server auditing policies whose server_id names it. */
export const adaptSqlServer = (r: TfResource, ctx: TfContext): SqlServer => {
  const policies = companions(ctx, r, [SQL_AUDITING_TYPE], 'server_id', (p) => bool(p.values, 'enabled'));
  return {
    ...azureBase(r, 'azure.sql.server'),
    auditingPolicies: policies.linked,
    disabledAuditingPolicies: policies.disabled,
    unresolvedAuditingPolicies: policies.unresolved,
  };
};
