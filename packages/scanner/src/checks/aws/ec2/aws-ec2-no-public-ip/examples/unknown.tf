variable "subnet_id" {
  type = string
}

resource "aws_instance" "app" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = var.subnet_id
}
