resource "aws_cloudtrail" "organization" {
  name                       = "organization"
  s3_bucket_name             = "acme-cloudtrail"
  is_multi_region_trail      = true
  enable_log_file_validation = false
}

# Not set: validation is off.
resource "aws_cloudtrail" "audit" {
  name           = "audit"
  s3_bucket_name = "acme-audit-trail"
}
