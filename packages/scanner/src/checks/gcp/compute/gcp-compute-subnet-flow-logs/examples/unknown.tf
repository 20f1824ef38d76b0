variable "flow_sampling" {
  type        = number
  description = "Share of flows to log"
}

resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = "main"
  region        = "europe-west1"
  ip_cidr_range = "10.10.0.0/20"

  log_config {
    flow_sampling = var.flow_sampling
  }
}
