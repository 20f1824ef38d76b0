resource "aws_iam_role" "ops" {
  name = "ops"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sts:AssumeRole"
    }]
  })

  inline_policy {
    name = "everything"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = { Effect = "Allow", Action = "*", Resource = "*" }
    })
  }
}

data "aws_iam_policy_document" "legacy_admin" {
  statement {
    actions   = ["*:*"]
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "legacy_admin" {
  name   = "legacy-admin"
  user   = "ci-bot"
  policy = data.aws_iam_policy_document.legacy_admin.json
}
