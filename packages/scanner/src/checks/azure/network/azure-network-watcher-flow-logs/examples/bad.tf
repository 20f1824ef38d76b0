resource "azurerm_virtual_network" "acme" {
  name                = "acme"
  location            = "westeurope"
  resource_group_name = "acme"
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_virtual_network" "other" {
  name                = "other"
  location            = "westeurope"
  resource_group_name = "acme"
  address_space       = ["10.1.0.0/16"]
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

# Records another network, not the one the group guards.
resource "azurerm_network_watcher_flow_log" "other" {
  name                 = "other-vnet"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = azurerm_virtual_network.other.id
  storage_account_id   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmeflowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
