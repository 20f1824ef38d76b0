resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "off" {
  name               = "off"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled = false
  }
}
