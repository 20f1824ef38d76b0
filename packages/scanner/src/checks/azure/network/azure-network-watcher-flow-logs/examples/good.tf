resource "azurerm_virtual_network" "acme" {
  name                = "acme"
  location            = "westeurope"
  resource_group_name = "acme"
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_subnet" "app" {
  name                 = "app"
  resource_group_name  = "acme"
  virtual_network_name = azurerm_virtual_network.acme.name
  address_prefixes     = ["10.0.1.0/24"]
}

resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "acme"
}

resource "azurerm_subnet_network_security_group_association" "app" {
  subnet_id                 = azurerm_subnet.app.id
  network_security_group_id = azurerm_network_security_group.app.id
}

# A virtual network flow log records the traffic of every subnet, and so of the group guarding "app".
resource "azurerm_network_watcher_flow_log" "acme" {
  name                 = "acme-vnet"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = azurerm_virtual_network.acme.id
  storage_account_id   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmeflowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}

# An older NSG flow log on the group itself.
resource "azurerm_network_security_group" "legacy" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "acme"
}

resource "azurerm_network_watcher_flow_log" "legacy" {
  name                      = "legacy-nsg"
  network_watcher_name      = "NetworkWatcher_westeurope"
  resource_group_name       = "NetworkWatcherRG"
  network_security_group_id = azurerm_network_security_group.legacy.id
  storage_account_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmeflowlogs"
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
