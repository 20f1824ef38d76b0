resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = "alias/acme-ebs"
}

resource "aws_instance" "database" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "r6g.large"

  root_block_device {
    volume_size = 50
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
    encrypted   = "true"
  }
}
