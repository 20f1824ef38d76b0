import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'azure-vm-encryption-at-host',
  title: 'Virtual machines encrypt their data on the host (encryption at host)',
  description:
    'Looks at Linux and Windows virtual machines and scale sets. Passes when encryption_at_host_enabled is true; ' +
    'fails when it is false or not set (off by default), leaving temporary disks and disk caches unencrypted on ' +
    'the physical host.',
  rationale:
    'Managed disks are encrypted by the storage service, but the temporary disk and the read and write caches of ' +
    'every disk live on the host server and are not. Encryption at host closes that gap so no customer data rests ' +
    'unencrypted on shared provider hardware.',
  severity: 'medium',
  provider: 'azure',
  service: 'vm',
  resourceKinds: ['azure.compute.virtual-machine'],
  remediation: {
    summary:
      'Register the EncryptionAtHost feature for the subscription once, then set encryption_at_host_enabled on each machine (it restarts deallocated).',
    terraform:
      'resource "azurerm_linux_virtual_machine" "web" {\n  # ...\n  encryption_at_host_enabled = true\n}',
    cli: 'az vm update --resource-group acme --name web --set securityProfile.encryptionAtHost=true',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data',
    'https://learn.microsoft.com/en-us/azure/virtual-machines/linux/disks-enable-host-based-encryption-cli',
  ],
  evaluate(vm) {
    const on = vm.encryptionAtHost;
    const extra = { attribute: 'encryptionAtHost' };
    if (isUnknown(on)) return unresolved('encryption at host', on, extra);
    if (on === true) return pass('encryption at host is on', extra);
    return on === false
      ? fail('encryption at host is off', extra)
      : fail('encryption at host is not set (off by default)');
  },
});
