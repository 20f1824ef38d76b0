resource "google_storage_bucket" "site" {
  name                        = "acme-site-assets"
  location                    = "EU"
  uniform_bucket_level_access = true
}

# terragoat-style: the bucket is readable by anyone on the internet.
resource "google_storage_bucket_iam_binding" "public" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.objectViewer"
  members = ["allUsers"]
}
