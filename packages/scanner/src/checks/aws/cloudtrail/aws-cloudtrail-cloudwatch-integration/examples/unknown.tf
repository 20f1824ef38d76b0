variable "trail_log_group_arn" {
  type = string
}

resource "aws_cloudtrail" "organization" {
  name                       = "organization"
  s3_bucket_name             = "acme-cloudtrail"
  cloud_watch_logs_group_arn = var.trail_log_group_arn
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-logs"
}
