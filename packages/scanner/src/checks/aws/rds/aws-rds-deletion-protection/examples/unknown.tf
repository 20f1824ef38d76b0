variable "protect" {
  type = bool
}

resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.m6g.large"
  allocated_storage   = 100
  deletion_protection = var.protect
}
