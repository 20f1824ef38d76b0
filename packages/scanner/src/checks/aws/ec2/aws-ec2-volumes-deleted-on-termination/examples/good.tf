resource "aws_instance" "worker" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "c6i.large"

  root_block_device {
    volume_size = 30
    encrypted   = true
  }

  ebs_block_device {
    device_name           = "/dev/sdf"
    volume_size           = 200
    encrypted             = true
    delete_on_termination = true
  }
}
