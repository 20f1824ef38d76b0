output "vpc_id" {
  value = aws_vpc.main.id
}

output "private_subnet_ids" {
  value = [for subnet in aws_subnet.private : subnet.id]
}

output "eks_cluster_name" {
  value = aws_eks_cluster.main.name
}

output "node_groups" {
  value = { for name, group in module.eks_nodes : name => group.node_group_arn }
}

output "database_endpoint" {
  value = aws_db_instance.crm.address
}

output "customer_data_bucket" {
  value = aws_s3_bucket.customer_data.id
}
