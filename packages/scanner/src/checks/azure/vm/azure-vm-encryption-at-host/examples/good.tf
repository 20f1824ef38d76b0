resource "azurerm_linux_virtual_machine" "web" {
  name                       = "web"
  resource_group_name        = "acme"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  encryption_at_host_enabled = true
  network_interface_ids      = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Network/networkInterfaces/web"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc2VG9rZW5Gb3JFeGFtcGxlT25seQ acme"
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "agents" {
  name                       = "agents"
  resource_group_name        = "acme"
  location                   = "westeurope"
  sku                        = "Standard_D2s_v5"
  instances                  = 2
  admin_username             = "builder"
  admin_password             = "Example-Only-1234!"
  encryption_at_host_enabled = true
}
