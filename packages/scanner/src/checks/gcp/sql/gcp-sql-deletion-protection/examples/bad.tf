resource "google_sql_database_instance" "orders" {
  name                = "orders"
  database_version    = "POSTGRES_16"
  region              = "europe-west1"
  deletion_protection = false

  settings {
    tier = "db-custom-2-7680"
  }
}
