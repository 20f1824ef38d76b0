data "azurerm_subscription" "current" {}

# Exports service health only: administrative operations are not kept.
resource "azurerm_monitor_diagnostic_setting" "activity_log" {
  name               = "activity-log"
  target_resource_id = data.azurerm_subscription.current.id
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmeaudit"

  enabled_log {
    category = "ServiceHealth"
  }
}

# A legacy log profile without Delete and Action events.
resource "azurerm_monitor_log_profile" "legacy" {
  name               = "default"
  categories         = ["Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmeaudit"

  retention_policy {
    enabled = true
    days    = 365
  }
}
