resource "google_storage_bucket" "legacy" {
  name     = "acme-legacy"
  location = "EU"
}

resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = false
}
