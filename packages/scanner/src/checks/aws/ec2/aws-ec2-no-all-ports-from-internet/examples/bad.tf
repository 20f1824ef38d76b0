resource "aws_security_group" "debug" {
  name        = "debug"
  description = "Temporary debugging"

  ingress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "all_tcp_v6" {
  security_group_id = aws_security_group.debug.id
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_ipv6         = "::/0"
}
