# One EKS managed node group with its launch template: the hardened node baseline (IMDSv2 only, with a hop
# limit of 2 for pods that use the node role; encrypted root volume; no public address).

resource "aws_launch_template" "nodes" {
  name_prefix            = "${var.cluster_name}-${var.name}-"
  description            = "EKS nodes of group ${var.name}"
  update_default_version = true

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = var.disk_size
      volume_type           = "gp3"
      encrypted             = true
      kms_key_id            = var.kms_key_arn
      delete_on_termination = true
    }
  }

  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = var.security_group_ids
  }

  tag_specifications {
    resource_type = "instance"

    tags = {
      Name            = "${var.cluster_name}-${var.name}"
      "eks-nodegroup" = var.name
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_eks_node_group" "this" {
  cluster_name    = var.cluster_name
  node_group_name = var.name
  node_role_arn   = var.node_role_arn
  subnet_ids      = var.subnet_ids
  instance_types  = [var.instance_type]

  launch_template {
    id      = aws_launch_template.nodes.id
    version = aws_launch_template.nodes.latest_version
  }

  scaling_config {
    min_size     = var.min_size
    max_size     = var.max_size
    desired_size = var.desired_size
  }

  update_config {
    max_unavailable_percentage = 25
  }

  labels = {
    "acme.example/node-group" = var.name
  }

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
}
