resource "azurerm_kubernetes_cluster" "acme" {
  name                              = "acme-aks"
  location                          = "westeurope"
  resource_group_name               = "acme"
  dns_prefix                        = "acme"
  role_based_access_control_enabled = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}

# RBAC left at its default (on).
resource "azurerm_kubernetes_cluster" "batch" {
  name                = "acme-batch"
  location            = "westeurope"
  resource_group_name = "acme"
  dns_prefix          = "acme-batch"

  default_node_pool {
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin      = "azure"
    network_data_plane  = "cilium"
    network_policy      = "cilium"
    network_plugin_mode = "overlay"
  }
}
