variable "admin_ranges" {
  type        = list(string)
  description = "Address ranges allowed to administer the VMs"
}

resource "google_compute_firewall" "admin" {
  name    = "allow-admin"
  network = "main"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = var.admin_ranges
}
