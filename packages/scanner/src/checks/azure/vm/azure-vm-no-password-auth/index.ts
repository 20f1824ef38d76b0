import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'azure-vm-no-password-auth',
  title: 'Linux virtual machines accept SSH keys only, not passwords',
  description:
    'Looks at Linux virtual machines and Linux scale sets. Passes when disable_password_authentication is true or ' +
    'not set (the azurerm default is true); fails when it is false, which lets the administrator log in with a ' +
    'password. Windows machines are left out: they always have an administrator password.',
  rationale:
    'A machine that takes passwords over SSH can be guessed at by anyone who reaches it, and passwords are reused, ' +
    'phished and leaked far more often than private keys. Key-only login removes that whole class of attack from ' +
    'the hardening baseline of every machine.',
  severity: 'high',
  provider: 'azure',
  service: 'vm',
  resourceKinds: ['azure.compute.virtual-machine'],
  remediation: {
    summary:
      'Remove admin_password and set disable_password_authentication to true with an admin_ssh_key; the machine is replaced.',
    terraform:
      'resource "azurerm_linux_virtual_machine" "web" {\n  # ...\n  disable_password_authentication = true\n\n  admin_ssh_key {\n    username   = "azureuser"\n    public_key = file("~/.ssh/id_ed25519.pub")\n  }\n}',
    cli: 'az vm create --resource-group acme --name web --image Ubuntu2204 --authentication-type ssh --ssh-key-values ~/.ssh/id_ed25519.pub',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-machines/linux/create-ssh-keys-detailed',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine',
  ],
  evaluate(vm) {
    if (vm.osType !== 'linux') return undefined;
    const off = vm.disablePasswordAuthentication;
    const extra = { attribute: 'disablePasswordAuthentication' };
    if (isUnknown(off)) return unresolved('whether password login is disabled', off, extra);
    if (off === false)
      return fail('password login is enabled (disable_password_authentication = false)', extra);
    return pass(
      off === true ? 'password login is disabled' : 'password login is disabled (the provider default)',
      off === true ? extra : {},
    );
  },
});
