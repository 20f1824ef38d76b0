resource "azurerm_mssql_server" "acme" {
  name                         = "acme-sql"
  resource_group_name          = "acme"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "acmeadmin"
  administrator_login_password = "Example-Only-1234!"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_server_extended_auditing_policy" "acme" {
  server_id              = azurerm_mssql_server.acme.id
  storage_endpoint       = "https://acmeaudit.blob.core.windows.net/"
  log_monitoring_enabled = true
  retention_in_days      = 90
}
