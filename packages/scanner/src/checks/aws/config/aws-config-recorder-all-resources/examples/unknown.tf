variable "record_iam" {
  type        = bool
  description = "true in the home region only"
}

resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = "arn:aws:iam::111122223333:role/config-recorder"

  recording_group {
    all_supported                 = true
    include_global_resource_types = var.record_iam
  }
}
