variable "trail_key_arn" {
  type = string
}

resource "aws_cloudtrail" "organization" {
  name           = "organization"
  s3_bucket_name = "acme-cloudtrail"
  kms_key_id     = var.trail_key_arn
}
