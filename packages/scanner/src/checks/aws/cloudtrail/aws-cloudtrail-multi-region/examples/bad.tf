# is_multi_region_trail is not set: the trail records its own region only.
resource "aws_cloudtrail" "regional" {
  name           = "regional"
  s3_bucket_name = "acme-cloudtrail"
}
