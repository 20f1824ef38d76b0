variable "uniform_access" {
  type        = bool
  description = "Whether the bucket uses uniform bucket-level access"
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform_access
}
