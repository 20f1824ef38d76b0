// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { loadInMemory, resourcesByAddress } from './test-support.js';
import { TfReference } from './tf-resource.js';

/** The values of one `null_resource.probe` whose arguments are the expressions under test. */
const probe = async (resources: string, args: string) => {
  const loaded = await loadInMemory({
    'main.tf': `${resources}\nresource "null_resource" "probe" {\n${args}\n}\n`,
  });
  return resourcesByAddress(loaded)['null_resource.probe']?.values ?? {};
};

describe('the instances of a resource block in expressions', () => {
  it('falls through try() past an instance a count of 0 does not create, as terraform-aws-modules/vpc relies on', async () => {
    const values = await probe(
      `
variable "secondary_cidr_blocks" { default = [] }
resource "aws_vpc" "this" {
  count = 1
}
resource "aws_vpc_ipv4_cidr_block_association" "this" {
  count  = length(var.secondary_cidr_blocks)
  vpc_id = aws_vpc.this[0].id
}`,
      `  vpc_id = try(aws_vpc_ipv4_cidr_block_association.this[0].vpc_id, aws_vpc.this[0].id, "")
  missing = aws_vpc_ipv4_cidr_block_association.this[0].vpc_id`,
    );
    expect(values.vpc_id).toEqual(new TfReference('aws_vpc.this[0]', 'id'));
    expect(values.missing).toBeInstanceOf(Unknown);
    expect((values.missing as Unknown).reason).toBe(
      'cannot evaluate: aws_vpc_ipv4_cidr_block_association.this[0] does not exist: its count gives 0 instances',
    );
  });

  it('splats over the instances of a known count or for_each, and over a single resource as a list of one', async () => {
    const values = await probe(
      `
resource "aws_vpc" "c" {}
resource "aws_route_table" "db" {
  count = 2
}
resource "aws_subnet" "m" {
  for_each = { b = "10.0.2.0/24", a = "10.0.1.0/24" }
}`,
      `  one    = one(aws_vpc.c[*].id)
  legacy = element(aws_route_table.db.*.id, 1)
  all    = aws_route_table.db[*].id
  n      = length(aws_route_table.db)
  keys   = keys(aws_subnet.m)
  first  = values(aws_subnet.m)[0]
  ids    = [for s in aws_subnet.m : s.id]`,
    );
    expect(values).toEqual({
      one: new TfReference('aws_vpc.c', 'id'),
      legacy: new TfReference('aws_route_table.db[1]', 'id'),
      all: [new TfReference('aws_route_table.db[0]', 'id'), new TfReference('aws_route_table.db[1]', 'id')],
      n: 2,
      keys: ['a', 'b'],
      first: new TfReference('aws_subnet.m["a"]', ''),
      ids: [new TfReference('aws_subnet.m["a"]', 'id'), new TfReference('aws_subnet.m["b"]', 'id')],
    });
  });

  it('keeps the reference of a join over a single instance, as older modules name a counted resource', () => {
    return probe(
      `
resource "aws_security_group" "a" {
  count = 1
}
resource "aws_security_group" "none" {
  count = 0
}`,
      `  id     = join("", aws_security_group.a.*.id)
  padded = join("", concat(aws_security_group.a.*.id, [""]))
  empty  = join("", aws_security_group.none.*.id)
  listed = join(",", [aws_security_group.a[0].id, "x"])`,
    ).then((values) => {
      expect(values.id).toEqual(new TfReference('aws_security_group.a[0]', 'id'));
      expect(values.padded).toEqual(new TfReference('aws_security_group.a[0]', 'id'));
      expect(values.empty).toBe('');
      expect(values.listed).toBeInstanceOf(Unknown);
    });
  });

  it('reads an attribute that repeats a configured, known argument as its value, and the rest as references', async () => {
    const values = await probe(
      `
variable "unset" {}
locals {
  port = 3306
}
resource "aws_rds_cluster" "this" {
  count = 1
  port  = local.port
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = "main" }
}
resource "aws_s3_bucket" "b" {
  bucket = var.unset
}`,
      `  port    = element(concat(aws_rds_cluster.this.*.port, [""]), 0)
  cidr    = aws_vpc.main.cidr_block
  id      = aws_vpc.main.id
  tags    = aws_vpc.main.tags
  bucket  = aws_s3_bucket.b.bucket`,
    );
    expect(values).toEqual({
      port: 3306,
      cidr: '10.0.0.0/16',
      id: new TfReference('aws_vpc.main', 'id'),
      // Maps and blocks are not followed; an argument that is not known stays what it names.
      tags: new TfReference('aws_vpc.main', 'tags'),
      bucket: new TfReference('aws_s3_bucket.b', 'bucket'),
    });
  });

  it('keeps a block whose count is unknown unknown, and refuses an index on a block without count', async () => {
    const values = await probe(
      `
variable "n" {}
resource "aws_instance" "web" {
  count = var.n
}
resource "aws_vpc" "single" {}`,
      `  all    = aws_instance.web[*].id
  first  = aws_instance.web[0].id
  single = try(aws_vpc.single[0].id, "none")`,
    );
    expect(values.all).toBeInstanceOf(Unknown);
    expect(values.first).toEqual(new TfReference('aws_instance.web[0]', 'id'));
    expect(values.single).toBe('none');
  });
});
