resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin = "TRUE"
  }
}

# Turns OS Login off for itself, overriding the project.
resource "google_compute_instance" "legacy" {
  name         = "legacy"
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

  metadata = {
    enable-oslogin = "FALSE"
    ssh-keys       = "deploy:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBexampleexampleexampleexampleexample deploy"
  }
}
