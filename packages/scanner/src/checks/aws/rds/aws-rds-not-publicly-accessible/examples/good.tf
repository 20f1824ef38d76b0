resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.m6g.large"
  allocated_storage   = 100
  publicly_accessible = false
}

# Not set: the AWS provider sends false.
resource "aws_db_instance" "reports" {
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  allocated_storage = 20
}
