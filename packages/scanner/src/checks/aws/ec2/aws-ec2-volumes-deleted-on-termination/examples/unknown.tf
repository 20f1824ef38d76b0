variable "keep_data_volume" {
  type = bool
}

resource "aws_instance" "worker" {
  ami = "ami-0abcdef1234567890"

  ebs_block_device {
    device_name           = "/dev/sdf"
    volume_size           = 200
    encrypted             = true
    delete_on_termination = var.keep_data_volume ? false : true
  }
}
