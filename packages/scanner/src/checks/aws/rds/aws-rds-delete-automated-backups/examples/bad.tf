resource "aws_db_instance" "orders" {
  engine                   = "postgres"
  instance_class           = "db.m6g.large"
  allocated_storage        = 100
  delete_automated_backups = false
}
