# No lifecycle management policy names this account.
resource "azurerm_storage_account" "uploads" {
  name                     = "acmeuploads"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "archive" {
  name                     = "acmearchive"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# A policy that only moves blobs to colder tiers, and a delete rule that is switched off.
resource "azurerm_storage_management_policy" "archive" {
  storage_account_id = azurerm_storage_account.archive.id

  rule {
    name    = "archive"
    enabled = true
    filters {
      blob_types = ["blockBlob"]
    }
    actions {
      base_blob {
        tier_to_archive_after_days_since_modification_greater_than = 90
      }
    }
  }

  rule {
    name    = "retention"
    enabled = false
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
