# `bucket_policy_only` is the google provider 3.x name of uniform bucket-level access, still used by modules.
resource "google_storage_bucket" "logs" {
  name               = "acme-logs"
  location           = "EU"
  bucket_policy_only = true
}
