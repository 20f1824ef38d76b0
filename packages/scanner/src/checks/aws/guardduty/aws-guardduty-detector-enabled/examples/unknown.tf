variable "enable_threat_detection" {
  type        = bool
  description = "Whether this account runs GuardDuty"
}

resource "aws_guardduty_detector" "main" {
  enable = var.enable_threat_detection
}
