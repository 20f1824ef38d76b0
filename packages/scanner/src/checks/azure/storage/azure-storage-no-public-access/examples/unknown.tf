variable "public_containers" {
  type = bool
}

resource "azurerm_storage_account" "data" {
  name                            = "acmedata"
  resource_group_name             = "acme"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  allow_nested_items_to_be_public = var.public_containers
}
