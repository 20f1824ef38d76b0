resource "aws_kms_key" "trail" {
  description         = "CloudTrail log files"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "organization" {
  name           = "organization"
  s3_bucket_name = "acme-cloudtrail"
  kms_key_id     = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "regional" {
  name           = "regional"
  s3_bucket_name = "acme-cloudtrail"
  kms_key_id     = "alias/cloudtrail"
}
