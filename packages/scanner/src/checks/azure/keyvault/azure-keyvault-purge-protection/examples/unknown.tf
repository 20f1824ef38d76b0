variable "protect" {
  type = bool
}

resource "azurerm_key_vault" "acme" {
  name                     = "acme-kv"
  location                 = "westeurope"
  resource_group_name      = "acme"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = var.protect
}
