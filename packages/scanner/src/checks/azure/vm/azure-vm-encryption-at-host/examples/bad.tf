# Not set: off by default.
resource "azurerm_windows_virtual_machine" "build" {
  name                  = "build"
  resource_group_name   = "acme"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "builder"
  admin_password        = "Example-Only-1234!"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Network/networkInterfaces/build"]
}

resource "azurerm_linux_virtual_machine_scale_set" "workers" {
  name                       = "workers"
  resource_group_name        = "acme"
  location                   = "westeurope"
  sku                        = "Standard_D2s_v5"
  instances                  = 3
  admin_username             = "azureuser"
  encryption_at_host_enabled = false
}
