// The Terraform tree of the scanner benchmarks (see gen-scanner-inputs.mjs): a root module in many files with
// variables, locals, count, for_each and dynamic blocks, calling a local module once per team.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from './gen-scanner-items.mjs';

const tfHeader = (comment) => `# ${comment}\n`;

/** The local module each team calls: a network, instances, a bucket with its settings, a database, a key. */
const moduleFiles = () => ({
  'variables.tf': `${tfHeader('Inputs of the team module.')}variable "team" {
  type = string
}

variable "cidr" {
  type = string
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

variable "environment" {
  type    = string
  default = "prod"
}
`,
  'main.tf': `${tfHeader('Network, compute and data of one team.')}locals {
  prefix = "\${var.environment}-\${var.team}"
  prod   = var.environment == "prod"
  tags = {
    Team        = var.team
    Environment = var.environment
  }
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags       = merge(local.tags, { Name = local.prefix })
}

resource "aws_flow_log" "this" {
  count           = local.prod ? 1 : 0
  vpc_id          = aws_vpc.this.id
  traffic_type    = "ALL"
  log_destination = "arn:aws:logs:eu-west-1:210987654321:log-group:flow-\${var.team}"
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr, 4, count.index)
  availability_zone = element(["eu-west-1a", "eu-west-1b"], count.index)
  tags              = local.tags
}

resource "aws_security_group" "app" {
  name   = "\${local.prefix}-app"
  vpc_id = aws_vpc.this.id

  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  dynamic "ingress" {
    for_each = toset(var.admin_cidrs)
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
    }
  }
}

resource "aws_instance" "app" {
  count                   = var.instance_count
  ami                     = "ami-0a1b2c3d4e5f60718"
  instance_type           = local.prod ? "m6i.large" : "t3.small"
  subnet_id               = aws_subnet.private[count.index % 2].id
  vpc_security_group_ids  = [aws_security_group.app.id]
  disable_api_termination = local.prod

  metadata_options {
    http_tokens   = local.prod ? "required" : "optional"
    http_endpoint = "enabled"
  }

  root_block_device {
    encrypted             = true
    delete_on_termination = true
  }

  tags = merge(local.tags, { Name = "\${local.prefix}-app-\${count.index}" })
}
`,
  'data.tf': `${tfHeader('Storage of one team.')}resource "aws_kms_key" "data" {
  description             = "data of \${var.team}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-\${local.prefix}-data"
  tags   = local.tags
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_db_instance" "main" {
  identifier              = "\${local.prefix}-db"
  engine                  = "postgres"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  storage_encrypted       = true
  backup_retention_period = local.prod ? 14 : 1
  deletion_protection     = local.prod
  publicly_accessible     = false
  skip_final_snapshot     = !local.prod
}

output "vpc_id" {
  value = aws_vpc.this.id
}
`,
});

/** One file of the root module: a few services with their own resources, using the root's variables. */
const rootServiceFile = (index, rnd) => {
  const svc = `svc${String(index).padStart(4, '0')}`;
  const openSsh = rnd() < 0.1;
  return `${tfHeader(`Service ${svc}: generated for the benchmark.`)}locals {
  ${svc}_name = "\${var.project}-${svc}"
  ${svc}_ports = {
    https = 443
    api   = ${8000 + (index % 100)}
  }
}

resource "aws_security_group" "${svc}" {
  name   = local.${svc}_name
  vpc_id = module.team["core"].vpc_id

  dynamic "ingress" {
    for_each = local.${svc}_ports
    content {
      description = ingress.key
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [${openSsh ? '"0.0.0.0/0"' : 'var.admin_cidr'}]
  }
}

resource "aws_launch_template" "${svc}" {
  name_prefix   = "\${local.${svc}_name}-"
  image_id      = var.ami
  instance_type = lookup(var.instance_types, var.environment, "t3.micro")

  metadata_options {
    http_tokens   = ${index % 4 === 0 ? '"optional"' : '"required"'}
    http_endpoint = "enabled"
  }

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted   = ${index % 5 !== 0}
      volume_size = 30
    }
  }
}

resource "aws_instance" "${svc}" {
  for_each      = toset(var.zones)
  ami           = var.ami
  instance_type = lookup(var.instance_types, var.environment, "t3.micro")
  subnet_id     = "subnet-\${each.key}"

  launch_template {
    id      = aws_launch_template.${svc}.id
    version = "$Latest"
  }

  tags = {
    Name    = "\${local.${svc}_name}-\${each.key}"
    Service = "${svc}"
  }
}

resource "aws_ebs_volume" "${svc}_data" {
  count             = var.environment == "prod" ? 2 : 1
  availability_zone = var.zones[count.index]
  size              = 100
  encrypted         = ${index % 6 !== 0}
}

resource "aws_s3_bucket" "${svc}_logs" {
  bucket = "\${local.${svc}_name}-logs"
}

resource "aws_s3_bucket_lifecycle_configuration" "${svc}_logs" {
  bucket = aws_s3_bucket.${svc}_logs.id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = ${30 + (index % 12) * 30}
    }
  }
}
`;
};

const rootFiles = () => ({
  'variables.tf': `${tfHeader('Inputs of the benchmark root module.')}variable "project" {
  type    = string
  default = "bench"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "ami" {
  type    = string
  default = "ami-0a1b2c3d4e5f60718"
}

variable "admin_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "zones" {
  type    = list(string)
  default = ["a", "b", "c"]
}

variable "instance_types" {
  type = map(string)
  default = {
    prod = "m6i.large"
    dev  = "t3.small"
  }
}

variable "teams" {
  type = map(string)
  default = {
    core     = "10.0.0.0/16"
    payments = "10.1.0.0/16"
    search   = "10.2.0.0/16"
    growth   = "10.3.0.0/16"
  }
}
`,
  'main.tf': `${tfHeader('Teams, each in the local module, and the account trail.')}module "team" {
  for_each    = var.teams
  source      = "./modules/team"
  team        = each.key
  cidr        = each.value
  environment = var.environment
}

resource "aws_cloudtrail" "account" {
  name                          = "\${var.project}-trail"
  s3_bucket_name                = "acme-\${var.project}-trail"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
}
`,
  'terraform.tfvars': 'environment = "prod"\n',
});

/**
 * Writes a Terraform tree of at least `bytes` bytes under `dir`: the root module (variables, a module call per
 * team, then service files until the size is reached) and `modules/team`. Returns `{ files, bytes }`.
 */
export const writeHclTree = (dir, bytes = 1_000_000, { seed = 27017 } = {}) => {
  const rnd = random(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'modules/team'), { recursive: true });
  let total = 0;
  let files = 0;
  const put = (path, text) => {
    writeFileSync(join(dir, path), text);
    total += Buffer.byteLength(text);
    files++;
  };
  for (const [name, text] of Object.entries(moduleFiles())) put(`modules/team/${name}`, text);
  for (const [name, text] of Object.entries(rootFiles())) put(name, text);
  for (let i = 0; total < bytes; i++)
    put(`service-${String(i).padStart(4, '0')}.tf`, rootServiceFile(i, rnd));
  return { files, bytes: total };
};
