# A read replica of a database this configuration does not declare: it has that database's encryption, which
# the scan cannot see. Its own storage_encrypted = false plays no part (RDS ignores it on a replica).
resource "aws_db_instance" "orders_reporting" {
  identifier          = "orders-reporting"
  replicate_source_db = "arn:aws:rds:eu-west-1:123456789012:db:orders"
  instance_class      = "db.m6g.large"
  storage_encrypted   = false
}
