resource "azurerm_linux_virtual_machine" "web" {
  name                  = "web"
  resource_group_name   = "acme"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.web.id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc2VG9rZW5Gb3JFeGFtcGxlT25seQ acme"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts-gen2"
    version   = "latest"
  }
}

# Stated explicitly.
resource "azurerm_linux_virtual_machine_scale_set" "workers" {
  name                            = "workers"
  resource_group_name             = "acme"
  location                        = "westeurope"
  sku                             = "Standard_B2s"
  instances                       = 2
  admin_username                  = "azureuser"
  disable_password_authentication = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc2VG9rZW5Gb3JFeGFtcGxlT25seQ acme"
  }
}

# Windows machines always have a password: not checked.
resource "azurerm_windows_virtual_machine" "build" {
  name                  = "build"
  resource_group_name   = "acme"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "builder"
  admin_password        = "Example-Only-1234!"
  network_interface_ids = [azurerm_network_interface.build.id]
}

resource "azurerm_network_interface" "web" {
  name                = "web"
  resource_group_name = "acme"
  location            = "westeurope"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Network/virtualNetworks/acme/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "build" {
  name                = "build"
  resource_group_name = "acme"
  location            = "westeurope"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Network/virtualNetworks/acme/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}
