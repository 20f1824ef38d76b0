resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 500
}

resource "aws_launch_template" "build_agents" {
  name_prefix = "build-"

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 200
      encrypted   = "false"
    }
  }
}
