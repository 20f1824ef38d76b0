# A prefix length of 0 admits every address, whatever address is written before it.
resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "10.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}
