variable "public" {
  type        = bool
  description = "Whether the VM gets an external address"
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

    dynamic "access_config" {
      for_each = var.public ? [1] : []
      content {}
    }
  }
}
