resource "azurerm_storage_account" "data" {
  name                            = "acmedata"
  resource_group_name             = "acme"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  allow_nested_items_to_be_public = false

  blob_properties {
    versioning_enabled = true

    delete_retention_policy {
      days = 30
    }

    container_delete_retention_policy {
      days = 14
    }
  }
}

# Both policies declared without days: the provider default, 7 days, applies.
resource "azurerm_storage_account" "exports" {
  name                     = "acmeexports"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  blob_properties {
    delete_retention_policy {}
    container_delete_retention_policy {}
  }
}

# File shares only: no blob service, not checked.
resource "azurerm_storage_account" "shares" {
  name                     = "acmeshares"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_kind             = "FileStorage"
  account_replication_type = "LRS"
}
