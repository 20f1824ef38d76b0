resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      start_time                     = "02:00"
    }
  }
}

# A read replica has no backups of its own: not checked.
resource "google_sql_database_instance" "orders_replica" {
  name                 = "orders-replica"
  database_version     = "POSTGRES_16"
  region               = "europe-west1"
  master_instance_name = google_sql_database_instance.orders.name

  settings {
    tier = "db-custom-2-7680"
  }
}
