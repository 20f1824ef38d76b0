resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_instance" "app" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = aws_subnet.private.id
}

resource "aws_instance" "worker" {
  ami                         = "ami-0abcdef1234567890"
  subnet_id                   = "subnet-0123456789abcdef0"
  associate_public_ip_address = false
}
