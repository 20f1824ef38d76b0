resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Admin access"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "ssh_from_anywhere" {
  type              = "ingress"
  security_group_id = aws_security_group.admin.id
  protocol          = "tcp"
  from_port         = 20
  to_port           = 25
  ipv6_cidr_blocks  = ["::/0"]
}
