# azurerm v3 argument name.
resource "azurerm_storage_account" "legacy" {
  name                      = "acmelegacy"
  resource_group_name       = "acme"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = false
  min_tls_version           = "TLS1_0"
}
