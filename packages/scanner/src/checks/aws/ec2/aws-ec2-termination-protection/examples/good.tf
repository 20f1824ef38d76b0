resource "aws_instance" "ledger" {
  ami                     = "ami-0abcdef1234567890"
  instance_type           = "m6i.large"
  disable_api_termination = true
}

resource "aws_launch_template" "protected" {
  name                    = "protected"
  disable_api_termination = true
}

# Sets nothing itself: the launch template's protection applies.
resource "aws_instance" "reports" {
  instance_type = "m6i.large"

  launch_template {
    id      = aws_launch_template.protected.id
    version = "1"
  }
}
