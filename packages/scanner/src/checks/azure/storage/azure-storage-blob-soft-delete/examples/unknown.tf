variable "retention_days" {
  type        = number
  description = "How long deleted blobs and containers stay recoverable"
}

resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    delete_retention_policy {
      days = var.retention_days
    }
    container_delete_retention_policy {
      days = var.retention_days
    }
  }
}
