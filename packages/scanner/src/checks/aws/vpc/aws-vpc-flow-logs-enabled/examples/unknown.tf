variable "logged_vpc_id" {
  type = string
}

resource "aws_vpc" "network" {
  cidr_block = "10.0.0.0/16"
}

# Targets a VPC given at apply time: it may be this one.
resource "aws_flow_log" "logged" {
  vpc_id       = var.logged_vpc_id
  traffic_type = "ALL"
}
