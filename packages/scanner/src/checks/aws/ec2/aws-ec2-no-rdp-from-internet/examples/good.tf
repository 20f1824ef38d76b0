resource "aws_security_group" "windows" {
  name        = "windows"
  description = "Windows hosts"

  ingress {
    protocol    = "tcp"
    from_port   = 3389
    to_port     = 3389
    cidr_blocks = ["10.20.0.0/16"]
  }
}
