variable "public_ip" {
  type        = bool
  description = "Whether the instance gets a public IPv4 address"
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = var.public_ip
    }
  }
}
