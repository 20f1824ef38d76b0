# `::0/0` is `::/0` written another way: every IPv6 address.
resource "aws_security_group" "windows" {
  name   = "windows"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol         = "tcp"
    from_port        = 3389
    to_port          = 3389
    ipv6_cidr_blocks = ["::0/0"]
  }
}
