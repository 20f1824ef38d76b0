variable "datapath" {
  type        = string
  description = "LEGACY_DATAPATH or ADVANCED_DATAPATH"
}

resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = var.datapath
}
