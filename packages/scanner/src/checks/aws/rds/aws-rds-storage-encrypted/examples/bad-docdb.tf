# A DocumentDB cluster runs on RDS: its storage_encrypted is judged as an RDS cluster's.
resource "aws_docdb_cluster" "documents" {
  cluster_identifier      = "documents"
  master_username         = "app"
  manage_master_user_password = true
  storage_encrypted       = false
  backup_retention_period = 7
  deletion_protection     = true
}
