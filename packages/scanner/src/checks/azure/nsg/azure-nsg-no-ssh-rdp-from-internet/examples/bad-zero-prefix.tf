# A prefix length of 0 admits every address, whatever address is written before it.
resource "azurerm_network_security_group" "jump" {
  name                = "jump"
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
    source_address_prefix      = "10.0.0.0/0"
    destination_address_prefix = "*"
  }
}
