variable "logged_network_id" {
  type        = string
  description = "The virtual network whose traffic is logged"
}

resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "acme"
}

# Targets a network given at apply time: it may be the one this group guards.
resource "azurerm_network_watcher_flow_log" "logged" {
  name                 = "logged"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = var.logged_network_id
  storage_account_id   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmeflowlogs"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
