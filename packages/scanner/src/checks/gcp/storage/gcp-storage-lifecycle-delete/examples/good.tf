resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true

  lifecycle_rule {
    condition {
      age = 30
    }
    action {
      type          = "SetStorageClass"
      storage_class = "NEARLINE"
    }
  }

  lifecycle_rule {
    condition {
      age = 400
    }
    action {
      type = "Delete"
    }
  }
}

# A versioned bucket that removes superseded versions after 30 days.
resource "google_storage_bucket" "documents" {
  name                        = "acme-documents"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = true
  }

  lifecycle_rule {
    condition {
      with_state                 = "ARCHIVED"
      days_since_noncurrent_time = 30
    }
    action {
      type = "Delete"
    }
  }
}
