resource "google_kms_key_ring" "main" {
  name     = "main"
  location = "europe"
}

resource "google_kms_crypto_key" "data" {
  name     = "data"
  key_ring = google_kms_key_ring.main.id
}

resource "google_kms_crypto_key" "archive" {
  name            = "archive"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "31536000s"
}
