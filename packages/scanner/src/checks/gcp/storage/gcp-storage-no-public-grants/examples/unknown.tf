variable "readers" {}

resource "google_storage_bucket" "data" {
  name     = "acme-data"
  location = "EU"
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = google_storage_bucket.data.name
  role    = "roles/storage.objectViewer"
  members = var.readers
}
