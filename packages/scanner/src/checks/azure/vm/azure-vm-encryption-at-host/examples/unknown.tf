variable "encrypt_at_host" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "web" {
  name                       = "web"
  resource_group_name        = "acme"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  encryption_at_host_enabled = var.encrypt_at_host
  network_interface_ids      = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Network/networkInterfaces/web"]
}
