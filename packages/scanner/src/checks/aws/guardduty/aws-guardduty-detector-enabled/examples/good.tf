resource "aws_guardduty_detector" "main" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

# enable defaults to true in the AWS provider.
resource "aws_guardduty_detector" "defaults" {
  tags = { team = "security" }
}
