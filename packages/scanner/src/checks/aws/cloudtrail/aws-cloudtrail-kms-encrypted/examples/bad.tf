resource "aws_cloudtrail" "organization" {
  name                  = "organization"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = true
}
