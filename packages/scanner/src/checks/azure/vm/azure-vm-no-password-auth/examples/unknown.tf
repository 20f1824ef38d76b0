variable "password_login" {
  type        = bool
  description = "Whether the administrator may log in with a password"
}

resource "azurerm_linux_virtual_machine" "web" {
  name                            = "web"
  resource_group_name             = "acme"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  disable_password_authentication = !var.password_login
  network_interface_ids           = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Network/networkInterfaces/web"]
}
