variable "deletion_window" {
  type = number
}

resource "aws_kms_key" "data" {
  description             = "Acme customer data"
  deletion_window_in_days = var.deletion_window
}
