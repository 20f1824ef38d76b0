# Nightly export of tenant reports to S3. Older than the EKS platform; to move to a Kubernetes CronJob (PLAT-388).

resource "aws_iam_role" "batch" {
  name = "${local.name}-report-export"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "batch_ssm" {
  role       = aws_iam_role.batch.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_role_policy" "batch_exports" {
  name = "write-exports"
  role = aws_iam_role.batch.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:PutObject"]
        Resource = "${aws_s3_bucket.customer_data.arn}/exports/*"
      },
      {
        Effect   = "Allow"
        Action   = ["kms:GenerateDataKey", "kms:Encrypt"]
        Resource = aws_kms_key.data.arn
      },
    ]
  })
}

resource "aws_iam_instance_profile" "batch" {
  name = "${local.name}-report-export"
  role = aws_iam_role.batch.name
}

resource "aws_instance" "report_export" {
  ami                         = var.batch_ami_id
  instance_type               = "c6i.xlarge"
  subnet_id                   = aws_subnet.private["eu-west-1a"].id
  vpc_security_group_ids      = [aws_security_group.batch.id]
  iam_instance_profile        = aws_iam_instance_profile.batch.name
  associate_public_ip_address = false
  disable_api_termination     = true
  monitoring                  = true

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }

  root_block_device {
    volume_type = "gp3"
    volume_size = 50
    encrypted   = true
    kms_key_id  = aws_kms_key.batch.arn
  }

  tags = {
    Name = "${local.name}-report-export"
  }
}
