variable "backup_days" {
  type    = number
  default = 14
}

resource "aws_db_instance" "orders" {
  engine                  = "postgres"
  instance_class          = "db.m6g.large"
  allocated_storage       = 100
  backup_retention_period = var.backup_days
}

resource "aws_rds_cluster" "analytics" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 35
}
