resource "google_storage_bucket" "legacy" {
  name     = "acme-legacy"
  location = "US"
}

resource "google_storage_bucket_acl" "legacy" {
  bucket      = "acme-legacy"
  role_entity = ["OWNER:project-owners-123456", "READER:allAuthenticatedUsers"]
}
