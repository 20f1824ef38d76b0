resource "aws_db_instance" "legacy" {
  engine            = "mysql"
  instance_class    = "db.t3.medium"
  allocated_storage = 50
}
