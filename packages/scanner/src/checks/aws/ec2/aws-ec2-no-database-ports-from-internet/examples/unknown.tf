# The allowed range comes from a variable without a value.
variable "db_clients" {}

resource "aws_security_group" "db" {
  name        = "db"
  description = "Databases"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = [var.db_clients]
  }
}
