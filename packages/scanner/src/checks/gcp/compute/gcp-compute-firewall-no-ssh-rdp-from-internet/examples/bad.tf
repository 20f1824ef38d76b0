resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "admin" {
  name    = "allow-admin"
  network = google_compute_network.main.id

  allow {
    protocol = "icmp"
  }

  allow {
    protocol = "tcp"
    ports    = ["20-25", "3389"]
  }

  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"]
}

# No source at all: Google Cloud applies the rule to every address.
resource "google_compute_firewall" "everything" {
  name    = "allow-everything"
  network = google_compute_network.main.id

  allow {
    protocol = "all"
  }
}
