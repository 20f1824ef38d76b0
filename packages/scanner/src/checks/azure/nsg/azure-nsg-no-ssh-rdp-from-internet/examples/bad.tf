resource "azurerm_network_security_group" "jump" {
  name                = "jump"
  location            = "westeurope"
  resource_group_name = "acme"

  security_rule {
    name                       = "rdp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "0.0.0.0/0"
    destination_address_prefix = "*"
  }
}

# A range that contains 22, from the Internet service tag.
resource "azurerm_network_security_rule" "admin_range" {
  name                        = "admin-range"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "20-25"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
  resource_group_name         = "acme"
  network_security_group_name = azurerm_network_security_group.jump.name
}
