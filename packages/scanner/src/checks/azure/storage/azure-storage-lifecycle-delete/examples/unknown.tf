variable "retention_enabled" {
  type        = bool
  description = "Whether expired blobs are deleted"
}

resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_management_policy" "data" {
  storage_account_id = azurerm_storage_account.data.id

  rule {
    name    = "retention"
    enabled = var.retention_enabled
    filters {
      blob_types = ["blockBlob"]
    }
    actions {
      base_blob {
        delete_after_days_since_modification_greater_than = 365
      }
    }
  }
}
