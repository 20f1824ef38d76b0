resource "aws_cloudtrail" "data_only" {
  name           = "data-only"
  s3_bucket_name = "acme-cloudtrail"

  event_selector {
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::acme-customer-data/"]
    }
  }
}

resource "aws_cloudtrail" "read_only" {
  name           = "read-only"
  s3_bucket_name = "acme-cloudtrail"

  advanced_event_selector {
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }

    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }
}
