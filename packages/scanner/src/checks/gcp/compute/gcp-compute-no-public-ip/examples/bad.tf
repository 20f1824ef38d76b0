resource "google_compute_instance" "bastion" {
  name         = "bastion"
  machine_type = "e2-micro"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
    access_config {
      // an ephemeral external IPv4 address
    }
  }
}

resource "google_compute_instance_template" "edge" {
  name_prefix  = "edge-"
  machine_type = "e2-standard-2"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/dual"
    ipv6_access_config {
      network_tier = "PREMIUM"
    }
  }
}
