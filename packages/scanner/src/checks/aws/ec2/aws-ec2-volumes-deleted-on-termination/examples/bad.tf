resource "aws_launch_template" "build_agents" {
  name_prefix = "build-"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = 100
      encrypted             = "true"
      delete_on_termination = "false"
    }
  }
}
