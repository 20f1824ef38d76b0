resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true
}

resource "aws_instance" "bastion" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = aws_subnet.public.id
}

resource "aws_launch_template" "web" {
  name_prefix = "web-"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = true
  }
}
