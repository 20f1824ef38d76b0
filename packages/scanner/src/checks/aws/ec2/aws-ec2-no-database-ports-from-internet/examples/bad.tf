# MySQL to every IPv4 address, and a range over the Redis port to every IPv6 address.
resource "aws_security_group" "db" {
  name        = "db"
  description = "Databases"

  ingress {
    protocol    = "tcp"
    from_port   = 3306
    to_port     = 3306
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    protocol         = "tcp"
    from_port        = 6000
    to_port          = 6999
    ipv6_cidr_blocks = ["::/0"]
  }
}
