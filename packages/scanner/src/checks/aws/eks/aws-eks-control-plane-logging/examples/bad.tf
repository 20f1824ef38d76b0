resource "aws_eks_cluster" "quiet" {
  name     = "quiet"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
  }
}

resource "aws_eks_cluster" "api_only" {
  name     = "api-only"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
  }

  enabled_cluster_log_types = ["api"]
}
