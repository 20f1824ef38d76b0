resource "google_service_account" "api" {
  account_id   = "api-vm"
  display_name = "API servers"
}

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
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }

  service_account {
    email  = google_service_account.api.email
    scopes = ["cloud-platform"]
  }
}

# The default account, limited to writing logs and metrics.
resource "google_compute_instance" "probe" {
  name         = "probe"
  machine_type = "e2-micro"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }

  service_account {
    scopes = ["logging-write", "monitoring-write"]
  }
}
