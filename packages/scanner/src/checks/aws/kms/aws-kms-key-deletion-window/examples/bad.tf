resource "aws_kms_key" "scratch" {
  description             = "Scratch data"
  deletion_window_in_days = 7
}
