variable "audited_server_id" {
  type = string
}

resource "azurerm_mssql_server" "acme" {
  name                         = "acme-sql"
  resource_group_name          = "acme"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "acmeadmin"
  administrator_login_password = "Example-Only-1234!"
}

# Audits a server given at apply time: it may be the one above.
resource "azurerm_mssql_server_extended_auditing_policy" "shared" {
  server_id        = var.audited_server_id
  storage_endpoint = "https://acmeaudit.blob.core.windows.net/"
}
