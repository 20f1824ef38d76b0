import { defineCheck, type Finding, fail, isUnknown, pass, unresolved } from '../../kit.js';

const MIN_RETENTION_DAYS = 7;

export const check = defineCheck(import.meta.url, {
  id: 'azure-keyvault-purge-protection',
  title: 'Key vaults have purge protection and keep deleted objects at least 7 days',
  description:
    'Passes when purge_protection_enabled is true and soft_delete_retention_days is at least 7 (or not set: 90 by ' +
    'default). Fails when purge protection is false or not set (off by default), or the retention is shorter.',
  rationale:
    'Keys and secrets protect everything encrypted with them. Without purge protection, one compromised or careless ' +
    'administrator can delete a vault and purge it at once, destroying keys for good and with them access to the ' +
    'data they encrypt. With it, deleted keys stay recoverable for the whole retention period.',
  severity: 'medium',
  provider: 'azure',
  service: 'keyvault',
  resourceKinds: ['azure.keyvault.vault'],
  remediation: {
    summary:
      'Set purge_protection_enabled to true (it cannot be turned off again) and keep soft_delete_retention_days at 7 to 90.',
    terraform:
      'resource "azurerm_key_vault" "acme" {\n  # ...\n  purge_protection_enabled   = true\n  soft_delete_retention_days = 90\n}',
    cli: 'az keyvault update --resource-group acme --name acme-kv --enable-purge-protection true',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault',
  ],
  evaluate(vault): Finding {
    const purge = vault.purgeProtection;
    const days = vault.softDeleteRetentionDays;
    if (isUnknown(purge)) return unresolved('purge protection', purge, { attribute: 'purgeProtection' });
    if (purge !== true)
      return purge === false
        ? fail('purge protection is off', { attribute: 'purgeProtection' })
        : fail('purge protection is not set (off by default)');
    if (isUnknown(days))
      return unresolved('the soft-delete retention', days, { attribute: 'softDeleteRetentionDays' });
    if (days !== undefined && days < MIN_RETENTION_DAYS)
      return fail(`deleted objects are kept ${days} days, fewer than ${MIN_RETENTION_DAYS}`, {
        attribute: 'softDeleteRetentionDays',
      });
    return pass(
      `purge protection is on; deleted objects are kept ${days ?? 90} days${days === undefined ? ' (the default)' : ''}`,
      { attribute: 'purgeProtection' },
    );
  },
});
