resource "aws_kms_key" "backup" {
  description = "Backup encryption"
}
