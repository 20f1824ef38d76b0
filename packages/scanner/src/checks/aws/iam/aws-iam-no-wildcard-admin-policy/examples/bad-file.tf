# The policy document is kept in a file of the configuration, as many teams do.
resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = file("${path.module}/policies/admin.json")
}
