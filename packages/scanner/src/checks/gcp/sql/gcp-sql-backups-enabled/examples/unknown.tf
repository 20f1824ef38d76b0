variable "backups" {
  type        = bool
  description = "Whether automated backups are on"
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = var.backups
    }
  }
}
