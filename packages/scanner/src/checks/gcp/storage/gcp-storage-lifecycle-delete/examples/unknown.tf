variable "expiry_action" {
  type        = string
  description = "What happens to exports once they expire: Delete or SetStorageClass"
}

resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true

  lifecycle_rule {
    condition {
      age = 400
    }
    action {
      type = var.expiry_action
    }
  }
}
