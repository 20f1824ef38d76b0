resource "aws_db_instance" "sessions" {
  engine            = "mysql"
  instance_class    = "db.t3.medium"
  allocated_storage = 20
}

resource "aws_db_instance" "scratch" {
  engine                  = "mysql"
  instance_class          = "db.t3.medium"
  allocated_storage       = 20
  backup_retention_period = 0
}
