# Acme CRM platform, production, eu-west-1: network, EKS, database, storage, keys and audit trail.

locals {
  name = "acme-crm-${var.environment}"

  tags = {
    Project     = "acme-crm"
    Environment = var.environment
    Owner       = "platform@acme.example"
    ManagedBy   = "terraform"
  }

  # One private and one public subnet per availability zone.
  private_subnets = {
    "eu-west-1a" = "10.40.0.0/19"
    "eu-west-1b" = "10.40.32.0/19"
    "eu-west-1c" = "10.40.64.0/19"
  }
  public_subnets = {
    "eu-west-1a" = "10.40.96.0/22"
    "eu-west-1b" = "10.40.100.0/22"
    "eu-west-1c" = "10.40.104.0/22"
  }

  account_id         = data.aws_caller_identity.current.account_id
  log_retention_days = 400
}
