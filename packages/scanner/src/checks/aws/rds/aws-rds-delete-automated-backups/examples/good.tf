# Not set: the provider deletes automated backups with the instance.
resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
}

resource "aws_db_instance" "reporting" {
  engine                   = "mysql"
  instance_class           = "db.t4g.medium"
  allocated_storage        = 50
  delete_automated_backups = true
}
