import { describe, expect, it } from 'vitest';
import { isUnknown, Unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import { adaptVirtualMachine } from './adapt-azure-compute.js';
import {
  adaptAksCluster,
  adaptKeyVault,
  adaptSqlServer,
  adaptStorageAccount,
} from './adapt-azure-services.js';
import { adaptWithContext, planResource, tfRef, tfResourceBuilder } from './test-support.js';
import type { TfObject, TfResource } from './tf-resource.js';

const res = tfResourceBuilder();

const later = new Unknown('var.x has no value');

describe('virtual machines and scale sets', () => {
  it('reads the operating system and scale from the type, and password login on Linux only', () => {
    const linux = adaptVirtualMachine(
      res(
        'azurerm_linux_virtual_machine.web',
        { disable_password_authentication: false, encryption_at_host_enabled: 'true' },
        { disable_password_authentication: 9, encryption_at_host_enabled: 10 },
      ),
    );
    expect(linux).toMatchObject({
      kind: 'azure.compute.virtual-machine',
      provider: 'azure',
      osType: 'linux',
      scaleSet: false,
      disablePasswordAuthentication: false,
      encryptionAtHost: true,
      attributeLines: { disablePasswordAuthentication: 9, encryptionAtHost: 10 },
    });
    const windows = adaptVirtualMachine(
      res('azurerm_windows_virtual_machine_scale_set.agents', { disable_password_authentication: false }),
    );
    expect(windows).toMatchObject({ osType: 'windows', scaleSet: true });
    expect(windows?.disablePasswordAuthentication).toBeUndefined();
    expect(adaptVirtualMachine(res('azurerm_virtual_machine.legacy'))).toBeUndefined();
  });

  it('keeps unset values undefined (the provider defaults) and unresolvable ones unknown', () => {
    const vm = adaptVirtualMachine(
      res('azurerm_linux_virtual_machine_scale_set.w', { encryption_at_host_enabled: later }),
    );
    expect(vm?.disablePasswordAuthentication).toBeUndefined();
    expect(vm?.encryptionAtHost).toBe(later);
    const odd = adaptVirtualMachine(
      res('azurerm_linux_virtual_machine.x', { encryption_at_host_enabled: 'maybe' }),
    );
    expect(isUnknown(odd?.encryptionAtHost)).toBe(true);
  });
});

describe('storage accounts', () => {
  const adapt = (account: TfResource, ...others: TfResource[]) =>
    adaptWithContext(adaptStorageAccount, account, others);

  it('reads azurerm v4 argument names', () => {
    expect(
      adapt(
        res('azurerm_storage_account.data', {
          allow_nested_items_to_be_public: false,
          public_network_access_enabled: false,
          https_traffic_only_enabled: true,
          min_tls_version: 'TLS1_2',
          network_rules: [{ default_action: 'Deny', ip_rules: ['203.0.113.0/24'] }],
        }),
      ),
    ).toMatchObject({
      kind: 'azure.storage.account',
      allowNestedItemsToBePublic: false,
      publicNetworkAccess: false,
      httpsOnly: true,
      minTlsVersion: 'TLS1_2',
      networkDefaultAction: 'Deny',
    });
  });

  it('reads the v3 and v2 names, and leaves unset ones undefined', () => {
    const v3 = adapt(
      res('azurerm_storage_account.old', {
        enable_https_traffic_only: false,
        allow_blob_public_access: true,
      }),
    );
    expect(v3).toMatchObject({ httpsOnly: false, allowNestedItemsToBePublic: true });
    expect(v3.minTlsVersion).toBeUndefined();
    expect(v3.networkDefaultAction).toBeUndefined();
    expect(v3.publicNetworkAccess).toBeUndefined();
  });

  it('takes the default action from the network rules resource that names the account', () => {
    const account = res('azurerm_storage_account.logs');
    const rules = res('azurerm_storage_account_network_rules.logs', {
      storage_account_id: tfRef('azurerm_storage_account.logs'),
      default_action: 'Deny',
    });
    const otherRules = res('azurerm_storage_account_network_rules.other', {
      storage_account_id: tfRef('azurerm_storage_account.other'),
      default_action: 'Allow',
    });
    const other = res('azurerm_storage_account.other');
    expect(adapt(account, other, otherRules, rules).networkDefaultAction).toBe('Deny');
    expect(adapt(account, other, otherRules).networkDefaultAction).toBeUndefined();
    const maybe = res('azurerm_storage_account_network_rules.maybe', {
      storage_account_id: later,
      default_action: 'Deny',
    });
    const doubt = adapt(account, maybe).networkDefaultAction;
    expect(isUnknown(doubt) && doubt.reason).toMatch(/azurerm_storage_account_network_rules.maybe may set/);
  });

  it('does not pick one when two network rules resources name the same account', () => {
    const account = res('azurerm_storage_account.logs');
    const deny = res('azurerm_storage_account_network_rules.deny', {
      storage_account_id: tfRef('azurerm_storage_account.logs'),
      default_action: 'Deny',
    });
    const allow = res('azurerm_storage_account_network_rules.allow', {
      storage_account_id: tfRef('azurerm_storage_account.logs'),
      default_action: 'Allow',
    });
    const action = adapt(account, deny, allow).networkDefaultAction;
    expect(isUnknown(action) && action.reason).toBe(
      'azurerm_storage_account_network_rules.deny and azurerm_storage_account_network_rules.allow all set ' +
        "this account's network rules; the last one applied wins",
    );
    // The inline block is what the account itself says: companions are not looked at.
    const inline = res('azurerm_storage_account.logs', { network_rules: [{ default_action: 'Deny' }] });
    expect(adapt(inline, deny, allow).networkDefaultAction).toBe('Deny');
  });

  it('turns a network_rules value of the wrong shape into an unknown', () => {
    expect(
      isUnknown(adapt(res('azurerm_storage_account.x', { network_rules: 'Deny' })).networkDefaultAction),
    ).toBe(true);
  });
});

describe('key vaults and AKS clusters', () => {
  it('reads purge protection and the retention', () => {
    expect(
      adaptKeyVault(
        res('azurerm_key_vault.kv', { purge_protection_enabled: true, soft_delete_retention_days: '30' }),
      ),
    ).toMatchObject({ kind: 'azure.keyvault.vault', purgeProtection: true, softDeleteRetentionDays: 30 });
    const unset = adaptKeyVault(res('azurerm_key_vault.kv'));
    expect(unset.purgeProtection).toBeUndefined();
    expect(unset.softDeleteRetentionDays).toBeUndefined();
  });

  it('reads RBAC (v3 argument or v2 block) and the network policy', () => {
    expect(
      adaptAksCluster(
        res(
          'azurerm_kubernetes_cluster.k',
          {
            role_based_access_control_enabled: false,
            network_profile: [{ network_plugin: 'azure', network_policy: 'azure' }],
          },
          { 'network_profile.0.network_policy': 30 },
        ),
      ),
    ).toMatchObject({ rbacEnabled: false, networkPolicy: 'azure', attributeLines: { networkPolicy: 30 } });
    expect(
      adaptAksCluster(
        res('azurerm_kubernetes_cluster.v2', { role_based_access_control: [{ enabled: true }] }),
      ).rbacEnabled,
    ).toBe(true);
    const bare = adaptAksCluster(
      planResource('azurerm_kubernetes_cluster.bare', {
        network_profile: [{ network_plugin: 'kubenet', network_policy: '' }],
      }),
    );
    expect(bare.rbacEnabled).toBeUndefined();
    expect(bare.networkPolicy).toBeUndefined();
    expect(
      adaptAksCluster(res('azurerm_kubernetes_cluster.dyn', { network_profile: later })).networkPolicy,
    ).toBe(later);
  });
});

describe('SQL servers', () => {
  it('sorts the auditing policies that name the server into enabled, disabled and unresolved', () => {
    const server = res('azurerm_mssql_server.acme');
    const policy = (name: string, values: TfObject) =>
      res(`azurerm_mssql_server_extended_auditing_policy.${name}`, values);
    const all = [
      server,
      policy('on', { server_id: tfRef('azurerm_mssql_server.acme') }),
      policy('off', { server_id: tfRef('azurerm_mssql_server.acme'), enabled: false }),
      policy('maybe', { server_id: later }),
      policy('other', { server_id: tfRef('azurerm_mssql_server.other') }),
      policy('switch', { server_id: tfRef('azurerm_mssql_server.acme'), enabled: later }),
    ];
    expect(adaptSqlServer(server, new TfContext(all))).toMatchObject({
      kind: 'azure.sql.server',
      auditingPolicies: ['azurerm_mssql_server_extended_auditing_policy.on'],
      disabledAuditingPolicies: ['azurerm_mssql_server_extended_auditing_policy.off'],
      unresolvedAuditingPolicies: [
        'azurerm_mssql_server_extended_auditing_policy.maybe',
        'azurerm_mssql_server_extended_auditing_policy.other',
        'azurerm_mssql_server_extended_auditing_policy.switch',
      ],
    });
  });

  it('reads azurerm_sql_server (before azurerm 4.0) and its inline extended_auditing_policy block', () => {
    const server = res('azurerm_sql_server.legacy', {
      extended_auditing_policy: [{ retention_in_days: 90 }],
    });
    expect(adaptSqlServer(server, new TfContext([server]))).toMatchObject({
      auditingPolicies: ['azurerm_sql_server.legacy extended_auditing_policy'],
      unresolvedAuditingPolicies: [],
    });
  });
});

describe('storage account network rules named by account name (azurerm 2.x and 3.x)', () => {
  it('links the rules resource through storage_account_name', () => {
    const account = res('azurerm_storage_account.example', { name: 'acmelogs' });
    const rules = res('azurerm_storage_account_network_rules.test', {
      resource_group_name: 'acme',
      storage_account_name: tfRef('azurerm_storage_account.example', 'name'),
      default_action: 'Deny',
    });
    const byLiteral = res('azurerm_storage_account.other', { name: 'acmeother' });
    const literalRules = res('azurerm_storage_account_network_rules.other', {
      storage_account_name: 'acmeother',
      default_action: 'Allow',
    });
    const ctx = new TfContext([account, rules, byLiteral, literalRules]);
    expect(adaptStorageAccount(account, ctx).networkDefaultAction).toBe('Deny');
    expect(adaptStorageAccount(byLiteral, ctx).networkDefaultAction).toBe('Allow');
  });
});
