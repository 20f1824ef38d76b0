variable "vm_account" {
  type        = string
  description = "Email of the service account the VM runs as"
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
    email  = var.vm_account
    scopes = ["cloud-platform"]
  }
}
