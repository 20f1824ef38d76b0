# No network profile: kubenet without a policy engine; RBAC turned off.
resource "azurerm_kubernetes_cluster" "legacy" {
  name                              = "acme-legacy"
  location                          = "westeurope"
  resource_group_name               = "acme"
  dns_prefix                        = "acme-legacy"
  role_based_access_control_enabled = false

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
