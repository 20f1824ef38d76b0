# Both stated explicitly (azurerm v4 argument names).
resource "azurerm_storage_account" "data" {
  name                       = "acmedata"
  resource_group_name        = "acme"
  location                   = "westeurope"
  account_tier               = "Standard"
  account_replication_type   = "GRS"
  https_traffic_only_enabled = true
  min_tls_version            = "TLS1_2"
}

# Both left to the provider defaults (HTTPS only, TLS1_2).
resource "azurerm_storage_account" "logs" {
  name                     = "acmelogs"
  resource_group_name      = "acme"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
