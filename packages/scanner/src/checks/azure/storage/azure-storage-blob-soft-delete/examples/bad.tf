# No blob_properties: neither blobs nor containers are kept once deleted.
resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "exports" {
  name                     = "acmeexports"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  blob_properties {
    delete_retention_policy {
      days                     = 3
      permanent_delete_enabled = true
    }
  }
}
