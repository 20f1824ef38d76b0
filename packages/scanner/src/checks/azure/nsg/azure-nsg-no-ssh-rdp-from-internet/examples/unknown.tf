variable "admin_source" {
  type        = string
  description = "Address range allowed to reach SSH"
}

resource "azurerm_network_security_group" "admin" {
  name                = "admin"
  location            = "westeurope"
  resource_group_name = "acme"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = var.admin_source
    destination_address_prefix = "*"
  }
}
