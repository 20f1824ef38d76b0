import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import { runChecks } from '../../runner/run-checks.js';
import { AZURE_TF_TYPES } from './adapt-azure.js';
import { adaptTerraform, SUPPORTED_TF_TYPES } from './adapt-terraform.js';
import { statusesOf, tfRef, tfResource } from './test-support.js';
import type { TfObject, TfResource } from './tf-resource.js';

const res = (address: string, values: TfObject = {}, line = 1): TfResource =>
  tfResource(address, values, { line });

const CONFIG: TfResource[] = [
  res('azurerm_resource_group.acme', { name: 'acme', location: 'westeurope' }, 1),
  res('azurerm_linux_virtual_machine.web', { disable_password_authentication: false }, 5),
  res('azurerm_network_security_group.web', { name: 'web' }, 10),
  res(
    'azurerm_network_security_rule.ssh',
    {
      priority: 100,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      destination_port_range: '22',
      source_address_prefix: 'Internet',
      network_security_group_name: tfRef('azurerm_network_security_group.web', 'name'),
    },
    15,
  ),
  res('azurerm_storage_account.data', { allow_nested_items_to_be_public: false }, 30),
  res('azurerm_key_vault.kv', { purge_protection_enabled: true }, 40),
  res(
    'azurerm_kubernetes_cluster.k8s',
    { network_profile: [{ network_plugin: 'azure', network_policy: 'azure' }] },
    50,
  ),
  res('azurerm_mssql_server.sql', {}, 60),
  res(
    'azurerm_mssql_server_extended_auditing_policy.sql',
    { server_id: tfRef('azurerm_mssql_server.sql') },
    65,
  ),
  res(
    'azurerm_monitor_diagnostic_setting.activity',
    {
      target_resource_id: tfRef('data.azurerm_subscription.current'),
      enabled_log: [{ category: 'Administrative' }],
    },
    70,
  ),
  res('azurerm_monitor_log_profile.legacy', { categories: ['Write', 'Delete', 'Action'] }, 80),
  res('data.azurerm_subscription.current', {}, 90),
];

describe('adaptTerraform with Azure resources', () => {
  it('adapts every modelled azurerm type, companions read by what they configure', () => {
    const { resources, issues } = adaptTerraform(CONFIG);
    // Only the resource group is not read by any check, and the adapter says so.
    expect(issues.map((i) => i.message)).toEqual([
      'not checked: no check reads this resource (azurerm_resource_group)',
    ]);
    expect(resources.map((r) => [r.kind, r.address])).toEqual([
      ['azure.compute.virtual-machine', 'azurerm_linux_virtual_machine.web'],
      ['azure.network.security-group', 'azurerm_network_security_group.web'],
      ['azure.storage.account', 'azurerm_storage_account.data'],
      ['azure.keyvault.vault', 'azurerm_key_vault.kv'],
      ['azure.aks.cluster', 'azurerm_kubernetes_cluster.k8s'],
      ['azure.sql.server', 'azurerm_mssql_server.sql'],
      ['azure.monitor.diagnostic-setting', 'azurerm_monitor_diagnostic_setting.activity'],
      ['azure.monitor.log-profile', 'azurerm_monitor_log_profile.legacy'],
    ]);
    expect(resources.every((r) => r.provider === 'azure')).toBe(true);
  });

  it('feeds the Azure checks, which point at the offending rule', () => {
    const { resources } = adaptTerraform(CONFIG);
    const checks = builtinChecks().filter((c) => c.provider === 'azure');
    const { results } = runChecks([...resources], checks);
    const status = statusesOf(results);
    expect(status('azure-vm-no-password-auth', 'azurerm_linux_virtual_machine.web')).toEqual(['fail']);
    expect(status('azure-storage-no-public-access', 'azurerm_storage_account.data')).toEqual(['pass']);
    expect(status('azure-keyvault-purge-protection', 'azurerm_key_vault.kv')).toEqual(['pass']);
    expect(status('azure-aks-rbac-and-network-policy', 'azurerm_kubernetes_cluster.k8s')).toEqual([
      'pass',
      'pass',
    ]);
    expect(status('azure-sql-auditing-enabled', 'azurerm_mssql_server.sql')).toEqual(['pass']);
    expect(
      status('azure-monitor-activity-log-diagnostics', 'azurerm_monitor_diagnostic_setting.activity'),
    ).toEqual(['pass']);
    expect(status('azure-monitor-activity-log-diagnostics', 'azurerm_monitor_log_profile.legacy')).toEqual([
      'pass',
    ]);
    expect(status('azure-network-watcher-flow-logs', 'azurerm_network_security_group.web')).toEqual(['fail']);
    const ssh = results.find((r) => r.checkId === 'azure-nsg-no-ssh-rdp-from-internet');
    expect(ssh).toMatchObject({
      status: 'fail',
      subject: 'azurerm_network_security_rule.ssh',
      location: { file: 'main.tf', line: 15 },
    });
  });

  it('names every Azure type it reads among the supported Terraform types', () => {
    expect(AZURE_TF_TYPES).toEqual(
      expect.arrayContaining([
        'azurerm_linux_virtual_machine',
        'azurerm_network_security_rule',
        'azurerm_network_watcher_flow_log',
        'azurerm_storage_account_network_rules',
        'azurerm_mssql_server_extended_auditing_policy',
      ]),
    );
    expect(SUPPORTED_TF_TYPES).toEqual(expect.arrayContaining([...AZURE_TF_TYPES]));
  });

  it('adapts values of the wrong shape without throwing', () => {
    const odd = adaptTerraform([
      res('azurerm_network_security_group.x', { security_rule: 42 }),
      res('azurerm_storage_account.x', { network_rules: [1, 2], min_tls_version: ['TLS1_2'] }),
      res('azurerm_kubernetes_cluster.x', { network_profile: 'azure', role_based_access_control: 'yes' }),
      res('azurerm_monitor_diagnostic_setting.x', { target_resource_id: 7, log: { category: 3 } }),
      res('azurerm_network_watcher_flow_log.x', { target_resource_id: [], enabled: 'sometimes' }),
    ]);
    expect(odd.resources.map((r) => r.kind)).toEqual([
      'azure.network.security-group',
      'azure.storage.account',
      'azure.aks.cluster',
      'azure.monitor.diagnostic-setting',
    ]);
  });
});
