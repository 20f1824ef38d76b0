variable "management_event_types" {
  type = string
}

resource "aws_cloudtrail" "organization" {
  name           = "organization"
  s3_bucket_name = "acme-cloudtrail"

  event_selector {
    read_write_type = var.management_event_types
  }
}
