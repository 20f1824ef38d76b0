import type { VirtualMachine } from '../../model/azure.js';
import { resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { bool } from './tf-values.js';

// Virtual machines and scale sets (azurerm_linux_/azurerm_windows_virtual_machine[_scale_set]).

/** The Terraform types of virtual machines and scale sets, with their operating system and whether they scale. */
export const VIRTUAL_MACHINE_TYPES: Readonly<
  Record<string, { readonly osType: 'linux' | 'windows'; readonly scaleSet: boolean }>
> = {
  azurerm_linux_virtual_machine: { osType: 'linux', scaleSet: false },
  azurerm_windows_virtual_machine: { osType: 'windows', scaleSet: false },
  azurerm_linux_virtual_machine_scale_set: { osType: 'linux', scaleSet: true },
  azurerm_windows_virtual_machine_scale_set: { osType: 'windows', scaleSet: true },
};

/** A machine or scale set; undefined for a type that is not one. Unset values keep the provider's defaults. */
export const adaptVirtualMachine = (r: TfResource): VirtualMachine | undefined => {
  const type = VIRTUAL_MACHINE_TYPES[r.type];
  if (!type) return undefined;
  const linux = type.osType === 'linux';
  return {
    ...resourceBase('azure', r, 'azure.compute.virtual-machine', {
      disable_password_authentication: 'disablePasswordAuthentication',
      encryption_at_host_enabled: 'encryptionAtHost',
    }),
    ...type,
    disablePasswordAuthentication: linux ? bool(r.values, 'disable_password_authentication') : undefined,
    encryptionAtHost: bool(r.values, 'encryption_at_host_enabled'),
  };
};
