variable "os_login" {
  type        = string
  description = "Value of enable-oslogin for the project"
}

resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = var.os_login
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
}
