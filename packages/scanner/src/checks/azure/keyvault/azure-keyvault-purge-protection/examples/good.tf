resource "azurerm_key_vault" "acme" {
  name                       = "acme-kv"
  location                   = "westeurope"
  resource_group_name        = "acme"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 30
}

# Retention left at its default, 90 days.
resource "azurerm_key_vault" "keys" {
  name                     = "acme-keys"
  location                 = "westeurope"
  resource_group_name      = "acme"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "premium"
  purge_protection_enabled = true
}
