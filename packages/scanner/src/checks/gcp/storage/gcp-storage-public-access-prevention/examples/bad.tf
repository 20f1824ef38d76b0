resource "google_storage_bucket" "site" {
  name                     = "acme-site"
  location                 = "EU"
  public_access_prevention = "inherited"
}

resource "google_storage_bucket" "uploads" {
  name     = "acme-uploads"
  location = "EU"
}
