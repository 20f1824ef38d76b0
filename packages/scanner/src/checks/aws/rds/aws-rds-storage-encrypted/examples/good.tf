resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:alias/acme-rds"
}

resource "aws_rds_cluster" "analytics" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
}

# A member of the cluster: judged on the cluster.
resource "aws_rds_cluster_instance" "analytics_writer" {
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}

# Aurora Serverless v1 clusters are always encrypted.
resource "aws_rds_cluster" "reporting" {
  engine      = "aurora-mysql"
  engine_mode = "serverless"
}
