data "azurerm_subscription" "current" {}

resource "azurerm_log_analytics_workspace" "audit" {
  name                = "acme-audit"
  location            = "westeurope"
  resource_group_name = "acme"
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_monitor_diagnostic_setting" "activity_log" {
  name                       = "activity-log"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.audit.id

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }
}

# A literal subscription id, with the azurerm v3 `log` block.
resource "azurerm_monitor_diagnostic_setting" "archive" {
  name               = "activity-log-archive"
  target_resource_id = "/subscriptions/00000000-0000-0000-0000-000000000000"
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmeaudit"

  log {
    category = "Administrative"
    enabled  = true
  }
}

# Settings on other resources are not this check's concern.
resource "azurerm_monitor_diagnostic_setting" "vault" {
  name                       = "vault-audit"
  target_resource_id         = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme-kv"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.audit.id

  enabled_log {
    category = "AuditEvent"
  }
}
