# A prefix length of 0 admits every address, whatever address is written before it.
resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = "default"
  source_ranges = ["10.128.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
