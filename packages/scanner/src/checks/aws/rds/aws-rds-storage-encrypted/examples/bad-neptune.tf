# Neptune and DocumentDB clusters run on RDS: unencrypted unless storage_encrypted is set.
resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  engine                  = "neptune"
  backup_retention_period = 7
  deletion_protection     = true
}

resource "aws_docdb_cluster" "documents" {
  cluster_identifier      = "documents"
  master_username         = "app"
  manage_master_user_password = true
  storage_encrypted       = false
  backup_retention_period = 7
  deletion_protection     = true
}
