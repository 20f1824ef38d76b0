variable "retention_status" {
  type = string
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

resource "aws_s3_bucket_lifecycle_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id

  rule {
    id     = "retention"
    status = var.retention_status

    filter {}

    expiration {
      days = 365
    }
  }
}
