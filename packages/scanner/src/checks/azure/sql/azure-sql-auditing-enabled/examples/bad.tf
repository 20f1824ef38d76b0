resource "azurerm_mssql_server" "acme" {
  name                         = "acme-sql"
  resource_group_name          = "acme"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "acmeadmin"
  administrator_login_password = "Example-Only-1234!"
}

resource "azurerm_mssql_server" "reports" {
  name                         = "acme-reports"
  resource_group_name          = "acme"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "acmeadmin"
  administrator_login_password = "Example-Only-1234!"
}

resource "azurerm_mssql_server_extended_auditing_policy" "reports" {
  server_id        = azurerm_mssql_server.reports.id
  storage_endpoint = "https://acmeaudit.blob.core.windows.net/"
  enabled          = false
}
