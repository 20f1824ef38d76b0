# Not set: deletion waits the default 30 days.
resource "aws_kms_key" "data" {
  description = "Acme customer data"
}

resource "aws_kms_key" "backups" {
  description             = "Acme backups"
  deletion_window_in_days = 21
}
