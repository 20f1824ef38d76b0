resource "google_compute_instance" "api" {
  name         = "api"
  machine_type = "e2-standard-2"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }
}

resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = "main"
  region        = "europe-west1"
  ip_cidr_range = "10.10.0.0/20"
}
