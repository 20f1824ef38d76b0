variable "instance_id" {
  type = string
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_instance" "app" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = aws_subnet.private.id
}

resource "aws_eip" "shared" {
  domain = "vpc"
}

# Which instance gets the address is given at apply time: it may be aws_instance.app.
resource "aws_eip_association" "shared" {
  allocation_id = aws_eip.shared.id
  instance_id   = var.instance_id
}
