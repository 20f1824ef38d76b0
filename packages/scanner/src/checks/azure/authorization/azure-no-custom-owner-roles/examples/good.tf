resource "azurerm_role_definition" "deployer" {
  name  = "deployer"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = [
      "Microsoft.Resources/deployments/*",
      "Microsoft.Web/sites/read",
      "Microsoft.Web/sites/write",
    ]
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/web"]
}
