# A launch configuration with no block device: the root volume of each instance it launches is the AMI's,
# encrypted or not as the AMI's snapshot and the account's default say.
resource "aws_launch_configuration" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "m6i.large"

  metadata_options {
    http_tokens = "required"
  }
}
