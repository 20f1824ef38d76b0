resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "aws_eks_cluster" "office" {
  name     = "office"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0aaa1111bbbb22223", "subnet-0ccc3333dddd44445"]
    endpoint_private_access = true
    public_access_cidrs     = ["203.0.113.0/24"]
  }
}
