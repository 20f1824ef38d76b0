resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = google_compute_network.main.id
  region        = "europe-west1"
  ip_cidr_range = "10.10.0.0/20"
}

# Proxy-only subnets cannot log flows: not checked.
resource "google_compute_subnetwork" "proxy" {
  name          = "proxy-only"
  network       = google_compute_network.main.id
  region        = "europe-west1"
  ip_cidr_range = "10.129.0.0/23"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}
