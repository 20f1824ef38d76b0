variable "export_administrative" {
  type = bool
}

data "azurerm_subscription" "current" {}

resource "azurerm_monitor_diagnostic_setting" "activity_log" {
  name               = "activity-log"
  target_resource_id = data.azurerm_subscription.current.id
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmeaudit"

  log {
    category = "Administrative"
    enabled  = var.export_administrative
  }
}
