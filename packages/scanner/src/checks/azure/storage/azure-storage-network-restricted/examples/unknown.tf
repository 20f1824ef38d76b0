variable "account_id" {
  type        = string
  description = "The storage account whose network rules this module manages"
}

resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# May be the rules of the account above.
resource "azurerm_storage_account_network_rules" "shared" {
  storage_account_id = var.account_id
  default_action     = "Deny"
}
