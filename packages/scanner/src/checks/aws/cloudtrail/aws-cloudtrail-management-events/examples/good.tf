resource "aws_cloudtrail" "default" {
  name           = "default"
  s3_bucket_name = "acme-cloudtrail"
}

resource "aws_cloudtrail" "writes" {
  name           = "writes"
  s3_bucket_name = "acme-cloudtrail"

  event_selector {
    read_write_type = "WriteOnly"

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::acme-customer-data/"]
    }
  }
}

resource "aws_cloudtrail" "advanced" {
  name           = "advanced"
  s3_bucket_name = "acme-cloudtrail"

  advanced_event_selector {
    name = "Management writes"

    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }

    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
  }
}
