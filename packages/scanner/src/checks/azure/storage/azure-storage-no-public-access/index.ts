import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'azure-storage-no-public-access',
  title: 'Storage accounts forbid anonymous public access to blobs',
  description:
    'Passes when allow_nested_items_to_be_public (allow_blob_public_access before azurerm v3) is false. Fails ' +
    'when it is true or not set: the azurerm default is true, so any container of the account can then be made ' +
    'readable by anyone on the internet without credentials.',
  rationale:
    'With anonymous access allowed at the account level, one container setting, often changed for a quick test, ' +
    'publishes every blob in it to the internet without a log of who read it. Turning it off at the account makes ' +
    'public containers impossible, whatever their own setting.',
  severity: 'high',
  provider: 'azure',
  service: 'storage',
  resourceKinds: ['azure.storage.account'],
  remediation: {
    summary:
      'Set allow_nested_items_to_be_public to false, and share data through SAS tokens or Entra ID roles instead.',
    terraform:
      'resource "azurerm_storage_account" "data" {\n  # ...\n  allow_nested_items_to_be_public = false\n}',
    cli: 'az storage account update --resource-group acme --name acmedata --allow-blob-public-access false',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account',
  ],
  evaluate(account) {
    const allowed = account.allowNestedItemsToBePublic;
    const extra = { attribute: 'allowNestedItemsToBePublic' };
    if (isUnknown(allowed)) return unresolved('whether containers may be public', allowed, extra);
    if (allowed === false) return pass('anonymous access to blobs is forbidden for the account', extra);
    return allowed === true
      ? fail('containers of this account may be made public (allow_nested_items_to_be_public = true)', extra)
      : fail(
          'containers of this account may be made public (allow_nested_items_to_be_public is not set; true by default)',
        );
  },
});
