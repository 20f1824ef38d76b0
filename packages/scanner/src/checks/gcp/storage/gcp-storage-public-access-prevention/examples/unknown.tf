variable "public_access_prevention" {
  type        = string
  description = "enforced or inherited"
}

resource "google_storage_bucket" "data" {
  name                     = "acme-data"
  location                 = "EU"
  public_access_prevention = var.public_access_prevention
}
