# Neptune and DocumentDB clusters run on RDS: unencrypted unless storage_encrypted is set.
resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  engine                  = "neptune"
  backup_retention_period = 7
  deletion_protection     = true
}
