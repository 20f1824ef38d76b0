resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:alias/acme-rds"
}

# A read replica has its source's encryption (RDS ignores its own storage_encrypted): encrypted, as orders is.
resource "aws_db_instance" "orders_reporting" {
  identifier          = "orders-reporting"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m6g.large"
}

# Named by its identifier, a replica of the replica: encrypted too.
resource "aws_db_instance" "orders_archive" {
  identifier          = "orders-archive"
  replicate_source_db = "orders-reporting"
  instance_class      = "db.m6g.large"
}
