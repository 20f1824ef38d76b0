// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { loadInMemory, resourcesByAddress } from './test-support.js';
import { TfReference } from './tf-resource.js';

describe('modules and references', () => {
  const files = {
    'main.tf': `
module "net" {
  source = "./net"
  cidr   = "10.0.0.0/16"
}
module "app" {
  source    = "./app"
  for_each  = { eu = "eu-west-1", us = "us-east-1" }
  region    = each.value
  subnet_id = module.net.subnet_id
}
module "workers" {
  source    = "./app"
  count     = length(module.net.names)
  region    = module.net.names[count.index]
  subnet_id = "subnet-\${count.index}"
}
module "later" {
  source = "./app"
  count  = var.unknown_count
  region = "x"
}
variable "unknown_count" {}
data "aws_ami" "base" {
  most_recent = true
}
resource "aws_instance" "root" {
  ami       = data.aws_ami.base.id
  subnet_id = module.net.subnet_id
  tags      = { first = module.app["eu"].region_seen, worker = module.workers[1].region_seen, dir = path.module }
}
`,
    'net/main.tf': `
variable "cidr" {}
resource "aws_subnet" "s" {
  cidr_block = var.cidr
}
output "subnet_id" { value = aws_subnet.s.id }
output "names" { value = ["w1", "w2"] }
`,
    'app/main.tf': `
variable "region" {}
variable "subnet_id" { default = "none" }
resource "aws_instance" "x" {
  subnet_id = var.subnet_id
  region    = var.region
  dir       = path.module
}
output "region_seen" { value = var.region }
`,
  };

  it('addresses module instances and passes arguments and outputs between modules', async () => {
    const loaded = await loadInMemory(files);
    expect(loaded.issues).toEqual([]);
    expect([...loaded.moduleDirs].sort()).toEqual(['/m/app', '/m/net']);
    const resources = resourcesByAddress(loaded);
    expect(Object.keys(resources).sort()).toEqual([
      'aws_instance.root',
      'data.aws_ami.base',
      'module.app["eu"].aws_instance.x',
      'module.app["us"].aws_instance.x',
      'module.later[*].aws_instance.x',
      'module.net.aws_subnet.s',
      'module.workers[0].aws_instance.x',
      'module.workers[1].aws_instance.x',
    ]);
    expect(resources['data.aws_ami.base']).toMatchObject({ mode: 'data', type: 'aws_ami', name: 'base' });
    const root = resources['aws_instance.root']?.values;
    expect(root?.ami).toEqual(new TfReference('data.aws_ami.base', 'id'));
    expect(root?.subnet_id).toEqual(new TfReference('module.net.aws_subnet.s', 'id'));
    expect(root?.tags).toEqual({ first: 'eu-west-1', worker: 'w2', dir: '.' });
    expect(resources['module.app["eu"].aws_instance.x']).toMatchObject({
      modulePath: 'module.app["eu"]',
      location: { file: 'app/main.tf', line: 4 },
      values: { region: 'eu-west-1', dir: 'app' },
    });
    expect(resources['module.app["us"].aws_instance.x']?.values.subnet_id).toEqual(
      new TfReference('module.net.aws_subnet.s', 'id'),
    );
    expect(resources['module.workers[1].aws_instance.x']?.values).toMatchObject({
      region: 'w2',
      subnet_id: 'subnet-1',
    });
    expect(resources['module.later[*].aws_instance.x']?.values).toMatchObject({
      region: 'x',
      subnet_id: 'none',
    });
  });

  it('reads module outputs of a module that is not loaded as Unknown, naming why', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
module "remote" {
  source = "git::https://example.com/mod.git"
}
resource "x" "y" {
  v = module.remote.out
}
`,
    });
    const v = loaded.resources[0]?.values.v;
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toBe('module "remote" is not loaded: remote module');
    expect(loaded.issues).toEqual([
      {
        level: 'warning',
        location: { file: 'main.tf', line: 2 },
        message: 'module "remote": not scanned: remote module (source "git::https://example.com/mod.git")',
      },
    ]);
  });

  it('warns once per call about arguments the module does not declare and required variables it is not given', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
module "ec2" {
  source   = "./ec2"
  for_each = toset(["a", "b"])
  name     = each.key
  create   = false
  metadata_options = { http_tokens = "required" }
}
`,
      'ec2/main.tf': `
variable "name" {}
variable "ami" {}
variable "instance_type" {}
variable "tags" { default = {} }
resource "aws_instance" "this" {
  ami = var.ami
}
`,
    });
    expect(loaded.issues).toEqual([
      {
        level: 'warning',
        location: { file: 'main.tf', line: 6 },
        message:
          'module "ec2" declares no variable "create": Terraform refuses the argument, and it is ignored here; ' +
          "check its spelling or the module's version",
      },
      {
        level: 'warning',
        location: { file: 'main.tf', line: 7 },
        message:
          'module "ec2" declares no variable "metadata_options": Terraform refuses the argument, and it is ignored ' +
          "here; check its spelling or the module's version",
      },
      {
        level: 'warning',
        location: { file: 'main.tf', line: 2 },
        message:
          'module "ec2" requires variables "ami" and "instance_type", which the call does not set: Terraform refuses ' +
          'it, and their values are unknown here',
      },
    ]);
    expect(loaded.resources.map((r) => r.address)).toEqual([
      'module.ec2["a"].aws_instance.this',
      'module.ec2["b"].aws_instance.this',
    ]);
  });
});
