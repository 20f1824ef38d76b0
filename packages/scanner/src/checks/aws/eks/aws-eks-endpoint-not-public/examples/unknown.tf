variable "admin_cidr" {
  type        = string
  description = "Range allowed to reach the Kubernetes API"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids          = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
    public_access_cidrs = [var.admin_cidr]
  }
}
