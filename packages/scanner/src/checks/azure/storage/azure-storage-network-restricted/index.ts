import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'azure-storage-network-restricted',
  title: 'Storage accounts are not reachable from every network',
  description:
    'Passes when public_network_access_enabled is false (private endpoints only) or the network rules, inline or ' +
    'in an azurerm_storage_account_network_rules resource, have default_action Deny. Fails when public network ' +
    'access is on (the default) and no network rules deny by default, so any address on the internet can connect.',
  rationale:
    'Credentials for storage (account keys, SAS tokens, connection strings) leak through code, logs and laptops. ' +
    'When the endpoint only accepts chosen networks, a leaked secret alone is not enough to read or delete the data.',
  severity: 'medium',
  provider: 'azure',
  service: 'storage',
  resourceKinds: ['azure.storage.account'],
  remediation: {
    summary:
      'Deny by default and allow only your virtual network subnets and address ranges, or disable public network access and use private endpoints.',
    terraform:
      'resource "azurerm_storage_account" "data" {\n  # ...\n  network_rules {\n    default_action             = "Deny"\n    bypass                     = ["AzureServices"]\n    virtual_network_subnet_ids = [azurerm_subnet.app.id]\n  }\n}',
    cli: 'az storage account update --resource-group acme --name acmedata --default-action Deny',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules',
  ],
  evaluate(account) {
    const open = account.publicNetworkAccess;
    if (open === false)
      return pass('public network access is disabled', { attribute: 'publicNetworkAccess' });
    const action = account.networkDefaultAction;
    const extra = { attribute: 'networkDefaultAction' };
    if (isUnknown(action)) return unresolved('the default network action', action, extra);
    if (action?.toLowerCase() === 'deny') return pass('network rules deny by default', extra);
    if (isUnknown(open))
      return unresolved('whether public network access is enabled', open, {
        attribute: 'publicNetworkAccess',
      });
    return action === undefined
      ? fail('the account accepts connections from every network (public access on, no network rules)')
      : fail(
          `the account accepts connections from every network (network rules default to ${action})`,
          extra,
        );
  },
});
