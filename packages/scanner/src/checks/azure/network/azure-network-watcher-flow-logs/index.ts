import { defineCheck, fail, nameList, pass, undetermined } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'azure-network-watcher-flow-logs',
  title: 'Traffic through network security groups is recorded by flow logs',
  description:
    'Passes when an enabled azurerm_network_watcher_flow_log of the configuration targets the group itself, or ' +
    'a subnet, network interface or virtual network the group is associated with (a virtual network flow log, ' +
    'the successor of NSG flow logs). Unknown when a flow log, or an association, cannot be resolved. Fails when ' +
    'no enabled flow log records the traffic.',
  rationale:
    'Flow logs are the record of which addresses talked to which, on what port, and whether the traffic was ' +
    'allowed. Without them an investigation cannot tell what an attacker reached inside the virtual network or ' +
    'what left it, and network monitoring has nothing to analyse.',
  severity: 'medium',
  provider: 'azure',
  service: 'network',
  resourceKinds: ['azure.network.security-group'],
  remediation: {
    summary:
      'Add a virtual network flow log (target_resource_id = the virtual network) with retention, sent to a storage account and ideally to traffic analytics.',
    terraform:
      'resource "azurerm_network_watcher_flow_log" "vnet" {\n  name                 = "acme-vnet"\n  network_watcher_name = "NetworkWatcher_westeurope"\n  resource_group_name  = "NetworkWatcherRG"\n  target_resource_id   = azurerm_virtual_network.acme.id\n  storage_account_id   = azurerm_storage_account.flow_logs.id\n  enabled              = true\n\n  retention_policy {\n    enabled = true\n    days    = 90\n  }\n}',
    cli: 'az network watcher flow-log create --location westeurope --resource-group acme --name acme-vnet --vnet acme-vnet --storage-account acmeflowlogs',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log',
  ],
  evaluate(group) {
    // Standalone rules of a group declared elsewhere: that group's logging is judged where it is declared.
    if (!group.declared) return undefined;
    if (group.flowLogs.length > 0) return pass(`flow logs: ${nameList(group.flowLogs)}`);
    if (group.unresolvedFlowLogs.length > 0)
      return undetermined(
        `no flow log is known to record this group's traffic; whether ${nameList(group.unresolvedFlowLogs)} ` +
          'does cannot be resolved',
      );
    return group.disabledFlowLogs.length > 0
      ? fail(`the flow logs of this group's traffic are disabled: ${nameList(group.disabledFlowLogs)}`)
      : fail("no flow log records this group's traffic");
  },
});
