# deletion_protection is left at its default, true; the instance itself refuses deletion too.
resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier                        = "db-custom-2-7680"
    deletion_protection_enabled = true
  }
}

# Terraform's guard turned off on purpose, but Cloud SQL still refuses the deletion.
resource "google_sql_database_instance" "reports" {
  name                = "reports"
  database_version    = "MYSQL_8_0"
  region              = "europe-west1"
  deletion_protection = false

  settings {
    tier                        = "db-f1-micro"
    deletion_protection_enabled = true
  }
}

resource "google_sql_database_instance" "billing" {
  name                = "billing"
  database_version    = "POSTGRES_16"
  region              = "europe-west1"
  deletion_protection = true

  settings {
    tier = "db-custom-2-7680"
  }
}
