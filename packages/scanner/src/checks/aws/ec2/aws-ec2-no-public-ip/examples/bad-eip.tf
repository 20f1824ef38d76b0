resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

# In a private subnet, with no public IP on launch: the Elastic IP makes it reachable all the same.
resource "aws_instance" "bastion" {
  ami                         = "ami-0abcdef1234567890"
  subnet_id                   = aws_subnet.private.id
  associate_public_ip_address = false
}

resource "aws_eip" "bastion" {
  domain   = "vpc"
  instance = aws_instance.bastion.id
}
