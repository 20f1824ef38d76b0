import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import { runChecks } from '../../runner/run-checks.js';
import {
  adaptPlanJson,
  configuredResource,
  ofKind,
  planJson,
  plannedChange,
  plannedResource,
} from './test-support.js';

// A plan as `terraform show -json` prints it for azurerm: every argument present, unset strings as "" and unset
// lists as [], ids known only after apply marked in after_unknown and linked through the configuration.

const RULE = {
  name: 'ssh',
  priority: 100,
  direction: 'Inbound',
  access: 'Allow',
  protocol: 'Tcp',
  source_port_range: '*',
  source_port_ranges: [],
  destination_port_range: '',
  destination_port_ranges: ['22', '443'],
  source_address_prefix: 'Internet',
  source_address_prefixes: [],
  source_application_security_group_ids: [],
  destination_address_prefix: '*',
  destination_address_prefixes: [],
  destination_application_security_group_ids: [],
  description: '',
};

const resource = (address: string, values: Record<string, unknown>) =>
  plannedResource('azurerm', address, values);

const PLAN = planJson({
  format_version: '1.2',
  terraform_version: '1.9.5',
  planned_values: {
    root_module: {
      resources: [
        resource('azurerm_network_security_group.web', { name: 'web', security_rule: [RULE] }),
        resource('azurerm_virtual_network.main', { name: 'main', address_space: ['10.0.0.0/16'] }),
        resource('azurerm_subnet.app', { name: 'app', virtual_network_name: 'main' }),
        resource('azurerm_subnet_network_security_group_association.app', {}),
        resource('azurerm_network_watcher_flow_log.main', {
          enabled: true,
          network_security_group_id: null,
        }),
        resource('azurerm_storage_account.data', {
          name: 'acmedata',
          allow_nested_items_to_be_public: true,
          https_traffic_only_enabled: true,
          min_tls_version: 'TLS1_2',
          public_network_access_enabled: true,
        }),
      ],
    },
  },
  resource_changes: [
    plannedChange('azurerm_network_security_group.web'),
    plannedChange('azurerm_virtual_network.main'),
    plannedChange('azurerm_subnet.app'),
    plannedChange('azurerm_subnet_network_security_group_association.app', {
      subnet_id: true,
      network_security_group_id: true,
    }),
    plannedChange('azurerm_network_watcher_flow_log.main', { target_resource_id: true }),
    plannedChange('azurerm_storage_account.data', { network_rules: true }),
  ],
  configuration: {
    root_module: {
      resources: [
        configuredResource('azurerm_subnet_network_security_group_association.app', {
          subnet_id: { references: ['azurerm_subnet.app.id', 'azurerm_subnet.app'] },
          network_security_group_id: {
            references: ['azurerm_network_security_group.web.id', 'azurerm_network_security_group.web'],
          },
        }),
        configuredResource('azurerm_network_watcher_flow_log.main', {
          target_resource_id: {
            references: ['azurerm_virtual_network.main.id', 'azurerm_virtual_network.main'],
          },
        }),
        configuredResource('azurerm_storage_account.data', {}),
      ],
    },
  },
});

const adapt = () => {
  const { parseIssues, ...adapted } = adaptPlanJson(PLAN);
  expect(parseIssues).toEqual([]);
  return adapted;
};

describe('Azure resources from a plan', () => {
  it('reads rules the way plans print them, and links a virtual network flow log through the association', () => {
    const { resources, issues } = adapt();
    expect(issues).toEqual([]);
    const [nsg] = ofKind(resources, 'azure.network.security-group');
    expect(nsg?.rules[0]).toMatchObject({
      sourcePrefixes: ['Internet'],
      destinationPorts: ['22', '443'],
      sourceApplicationSecurityGroups: false,
    });
    expect(nsg?.flowLogs).toEqual(['azurerm_network_watcher_flow_log.main']);
    // A computed block the configuration does not set is the provider's "not set".
    const [account] = ofKind(resources, 'azure.storage.account');
    expect(account).toMatchObject({ allowNestedItemsToBePublic: true, networkDefaultAction: undefined });
  });

  it('gives the Azure checks their results, located in the plan', () => {
    const { resources } = adapt();
    const { results } = runChecks(
      resources,
      builtinChecks().filter((c) => c.provider === 'azure'),
    );
    const of = (id: string) => results.filter((r) => r.checkId === id).map((r) => r.status);
    expect(of('azure-nsg-no-ssh-rdp-from-internet')).toEqual(['fail']);
    expect(of('azure-network-watcher-flow-logs')).toEqual(['pass']);
    expect(of('azure-storage-no-public-access')).toEqual(['fail']);
    expect(of('azure-storage-https-only-tls12')).toEqual(['pass', 'pass']);
    const ssh = results.find((r) => r.checkId === 'azure-nsg-no-ssh-rdp-from-internet');
    expect(ssh?.location.file).toBe('plan.json');
  });
});
