resource "aws_s3_bucket" "website" {
  bucket = "acme-website"
}

# ignore_public_acls and restrict_public_buckets are left out, so they are off.
resource "aws_s3_bucket_public_access_block" "website" {
  bucket              = "acme-website"
  block_public_acls   = true
  block_public_policy = false
}
