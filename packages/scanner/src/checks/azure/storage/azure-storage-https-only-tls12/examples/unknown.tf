variable "min_tls" {
  type = string
}

resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = var.min_tls
}
