output "node_group_arn" {
  value = aws_eks_node_group.this.arn
}

output "launch_template_id" {
  value = aws_launch_template.nodes.id
}
