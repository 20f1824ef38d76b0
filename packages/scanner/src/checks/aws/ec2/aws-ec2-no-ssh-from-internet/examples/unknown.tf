variable "admin_cidr" {
  type        = string
  description = "Address range allowed to connect over SSH"
}

resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Admin access"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = [var.admin_cidr]
  }
}
