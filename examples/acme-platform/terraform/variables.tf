variable "region" {
  description = "AWS region of the platform."
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  description = "Environment name, used in resource names and tags."
  type        = string
}

variable "vpc_cidr" {
  description = "Address range of the platform VPC."
  type        = string
  default     = "10.40.0.0/16"
}

variable "admin_cidrs" {
  description = "Networks allowed to reach the break-glass bastion over SSH."
  type        = list(string)
}

variable "eks_version" {
  description = "Kubernetes version of the EKS control plane."
  type        = string
  default     = "1.30"
}

variable "node_groups" {
  description = "EKS managed node groups, by name."
  type = map(object({
    instance_type = string
    min_size      = number
    max_size      = number
    desired_size  = number
    disk_size     = number
  }))
}

variable "db_instance_class" {
  description = "Instance class of the CRM database."
  type        = string
  default     = "db.r6g.large"
}

variable "batch_ami_id" {
  description = "Image of the report export host (built by the image pipeline)."
  type        = string
}
