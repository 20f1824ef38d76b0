variable "log_types" {
  type        = list(string)
  description = "Control-plane logs to send to CloudWatch"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
  }

  enabled_cluster_log_types = var.log_types
}
