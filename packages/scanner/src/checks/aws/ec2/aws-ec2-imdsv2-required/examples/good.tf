resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }
}

resource "aws_launch_template" "worker" {
  name_prefix = "worker-"

  metadata_options {
    http_tokens = "required"
  }
}

# Sets no metadata options of its own: the launch template's apply.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.worker.id
    version = "$Latest"
  }
}
