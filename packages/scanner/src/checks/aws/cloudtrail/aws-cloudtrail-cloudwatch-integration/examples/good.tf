resource "aws_cloudtrail" "organization" {
  name                       = "organization"
  s3_bucket_name             = "acme-cloudtrail"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-logs"
}
