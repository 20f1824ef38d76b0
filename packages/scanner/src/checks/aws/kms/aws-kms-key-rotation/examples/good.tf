resource "aws_kms_key" "data" {
  description         = "Acme customer data"
  enable_key_rotation = true
}

# Asymmetric keys cannot rotate automatically: not checked.
resource "aws_kms_key" "signing" {
  description              = "Release signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}
