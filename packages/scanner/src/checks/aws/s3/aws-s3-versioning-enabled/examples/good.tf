resource "aws_s3_bucket" "customer_data" {
  bucket = "acme-customer-data"
}

resource "aws_s3_bucket_versioning" "customer_data" {
  bucket = aws_s3_bucket.customer_data.id

  versioning_configuration {
    status = "Enabled"
  }
}
