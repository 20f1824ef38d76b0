resource "aws_vpc" "network" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "network" {
  vpc_id               = aws_vpc.network.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
