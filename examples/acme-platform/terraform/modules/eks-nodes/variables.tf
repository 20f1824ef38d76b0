variable "cluster_name" {
  description = "EKS cluster the node group joins."
  type        = string
}

variable "name" {
  description = "Name of the node group."
  type        = string
}

variable "node_role_arn" {
  description = "IAM role of the nodes."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets the nodes are launched in."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the nodes' network interface."
  type        = list(string)
}

variable "kms_key_arn" {
  description = "Key that encrypts the node volumes."
  type        = string
}

variable "instance_type" {
  type = string
}

variable "disk_size" {
  description = "Root volume size, GiB."
  type        = number
  default     = 80
}

variable "min_size" {
  type = number
}

variable "max_size" {
  type = number
}

variable "desired_size" {
  type = number
}
