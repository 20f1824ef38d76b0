# Not set: purge protection is off by default.
resource "azurerm_key_vault" "acme" {
  name                = "acme-kv"
  location            = "westeurope"
  resource_group_name = "acme"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_key_vault" "dev" {
  name                       = "acme-dev-kv"
  location                   = "westeurope"
  resource_group_name        = "acme"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  purge_protection_enabled   = false
  soft_delete_retention_days = 7
}
