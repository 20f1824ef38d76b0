resource "aws_cloudtrail" "organization" {
  name           = "organization"
  s3_bucket_name = "acme-cloudtrail"
}

# A log group without the role CloudTrail needs to write to it.
resource "aws_cloudtrail" "half_configured" {
  name                       = "half-configured"
  s3_bucket_name             = "acme-cloudtrail"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*"
}
