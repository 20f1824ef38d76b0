# terragoat-style: a custom role that can do anything in the subscription.
resource "azurerm_role_definition" "everything" {
  name  = "my-custom-role"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions     = ["*"]
    not_actions = []
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}
