resource "aws_instance" "legacy" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "optional_tokens" {
  name_prefix = "optional-"

  metadata_options {
    http_tokens = "optional"
  }
}
