# No lifecycle rule: every object is kept until someone deletes it.
resource "google_storage_bucket" "uploads" {
  name                        = "acme-uploads"
  location                    = "EU"
  uniform_bucket_level_access = true
}

# Rules that move objects to colder storage and clean up uploads, but delete nothing.
resource "google_storage_bucket" "archive" {
  name                        = "acme-archive"
  location                    = "EU"
  uniform_bucket_level_access = true

  lifecycle_rule {
    condition {
      age = 90
    }
    action {
      type          = "SetStorageClass"
      storage_class = "ARCHIVE"
    }
  }

  lifecycle_rule {
    condition {
      age = 7
    }
    action {
      type = "AbortIncompleteMultipartUpload"
    }
  }
}
