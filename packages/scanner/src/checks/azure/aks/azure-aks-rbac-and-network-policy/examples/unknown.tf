variable "network_policy" {
  type        = string
  description = "Network policy engine: azure, calico or cilium"
}

resource "azurerm_kubernetes_cluster" "acme" {
  name                = "acme-aks"
  location            = "westeurope"
  resource_group_name = "acme"
  dns_prefix          = "acme"

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
    network_policy = var.network_policy
  }
}
