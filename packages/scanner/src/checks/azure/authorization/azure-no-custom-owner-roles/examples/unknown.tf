variable "role_actions" {}

resource "azurerm_role_definition" "custom" {
  name  = "custom"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = var.role_actions
  }
}
