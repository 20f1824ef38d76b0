variable "rotation_period" {
  type        = string
  description = "Rotation period of the key, in seconds (\"7776000s\")"
}

resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = "projects/acme-prod/locations/europe/keyRings/main"
  rotation_period = var.rotation_period
}
