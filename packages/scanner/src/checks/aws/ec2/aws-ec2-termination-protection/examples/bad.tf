resource "aws_instance" "ledger" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "m6i.large"
}

resource "aws_instance" "reports" {
  ami                     = "ami-0abcdef1234567890"
  instance_type           = "m6i.large"
  disable_api_termination = false
}
