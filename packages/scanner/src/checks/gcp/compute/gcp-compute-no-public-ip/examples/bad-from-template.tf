# The template has no external address, but the instances made from it add one: their own network interface
# replaces the template's (as terraform-google-modules/vm's compute_instance module does with access_config).
resource "google_compute_instance_template" "base" {
  name_prefix  = "app-"
  machine_type = "e2-medium"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
  }
}

resource "google_compute_instance_from_template" "app" {
  count                    = 2
  name                     = "app-${count.index}"
  zone                     = "europe-west1-b"
  source_instance_template = google_compute_instance_template.base.self_link

  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
    access_config {
      network_tier = "PREMIUM"
    }
  }
}
