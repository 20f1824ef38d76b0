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
}

resource "google_compute_instance_template" "batch" {
  name_prefix  = "batch-"
  machine_type = "e2-standard-4"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }

  shielded_instance_config {
    enable_secure_boot          = true
    enable_integrity_monitoring = false
  }
}
