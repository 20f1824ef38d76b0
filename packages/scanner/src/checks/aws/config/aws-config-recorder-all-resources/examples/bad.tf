resource "aws_config_configuration_recorder" "listed" {
  name     = "listed"
  role_arn = "arn:aws:iam::111122223333:role/config-recorder"

  recording_group {
    all_supported  = false
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"]
  }
}

# Without a recording group, global IAM resource types are not recorded.
resource "aws_config_configuration_recorder" "regional_only" {
  name     = "regional"
  role_arn = "arn:aws:iam::111122223333:role/config-recorder"
}
