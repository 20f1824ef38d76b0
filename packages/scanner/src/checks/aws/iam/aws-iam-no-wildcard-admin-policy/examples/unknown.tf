variable "allowed_actions" {
  type        = list(string)
  description = "Actions the automation may call"
}

resource "aws_iam_policy" "automation" {
  name = "automation"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.allowed_actions
      Resource = "*"
    }]
  })
}
