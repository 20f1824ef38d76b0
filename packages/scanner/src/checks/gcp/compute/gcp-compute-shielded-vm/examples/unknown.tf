variable "secure_boot" {
  type        = bool
  description = "Whether the VM boots with secure boot"
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

  shielded_instance_config {
    enable_secure_boot = var.secure_boot
  }
}
