resource "aws_security_group" "windows" {
  name        = "windows"
  description = "Windows hosts"
}

resource "aws_security_group_rule" "rdp_udp" {
  type              = "ingress"
  security_group_id = aws_security_group.windows.id
  protocol          = "udp"
  from_port         = 3389
  to_port           = 3389
  cidr_blocks       = ["0.0.0.0/0"]
}
