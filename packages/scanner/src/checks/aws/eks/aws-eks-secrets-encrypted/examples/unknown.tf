variable "secrets_key_arn" {
  type        = string
  description = "KMS key for Kubernetes secrets; null to use the AWS owned key"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = var.secrets_key_arn
    }
  }
}
