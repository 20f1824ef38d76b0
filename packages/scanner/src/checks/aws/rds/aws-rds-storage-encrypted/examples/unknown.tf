# Restored from a snapshot: encryption is inherited and the configuration does not show it.
resource "aws_db_instance" "restored" {
  instance_class      = "db.m6g.large"
  snapshot_identifier = "arn:aws:rds:eu-west-1:123456789012:snapshot:orders-2026-11-01"
}
