resource "aws_rds_cluster" "analytics" {
  engine              = "aurora-postgresql"
  deletion_protection = false
}
