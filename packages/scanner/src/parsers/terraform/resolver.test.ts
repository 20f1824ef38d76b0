// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { loadInMemory, resourcesByAddress } from './test-support.js';

describe('count and for_each', () => {
  it('expands count into indexed instances, with count.index', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
variable "n" {
  default = 2
}
resource "aws_instance" "web" {
  count = var.n
  ami   = "ami-\${count.index}"
}
resource "aws_instance" "none" {
  count = 0
}
resource "aws_instance" "off" {
  count = var.n > 5 ? 1 : 0
}
`,
    });
    expect(loaded.issues).toEqual([]);
    expect(loaded.resources.map((r) => [r.address, r.values.ami])).toEqual([
      ['aws_instance.web[0]', 'ami-0'],
      ['aws_instance.web[1]', 'ami-1'],
    ]);
    expect(loaded.resources[0]).toMatchObject({
      mode: 'managed',
      type: 'aws_instance',
      name: 'web',
      modulePath: '',
      location: { file: 'main.tf', line: 5 },
      attributeLines: { ami: 7 },
    });
  });

  it('expands for_each over a map and over a set of strings, keyed as Terraform prints them', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
resource "aws_s3_bucket" "by_map" {
  for_each = { blue = "b-1", green = "g-1" }
  bucket   = "\${each.key}-\${each.value}"
}
resource "aws_s3_bucket" "by_set" {
  for_each = toset(["logs", "assets", "logs"])
  bucket   = each.value
}
`,
    });
    expect(loaded.resources.map((r) => [r.address, r.values.bucket])).toEqual([
      ['aws_s3_bucket.by_map["blue"]', 'blue-b-1'],
      ['aws_s3_bucket.by_map["green"]', 'green-g-1'],
      ['aws_s3_bucket.by_set["assets"]', 'assets'],
      ['aws_s3_bucket.by_set["logs"]', 'logs'],
    ]);
  });

  it('gives one [*] instance when count or for_each is unknown', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
variable "n" {}
resource "aws_instance" "web" {
  count = var.n
  ami   = "ami-\${count.index}"
}
resource "aws_s3_bucket" "b" {
  for_each = var.n
  bucket   = each.key
}
`,
    });
    const resources = resourcesByAddress(loaded);
    expect(Object.keys(resources)).toEqual(['aws_instance.web[*]', 'aws_s3_bucket.b[*]']);
    expect(resources['aws_instance.web[*]']?.values.ami).toBeInstanceOf(Unknown);
    expect(resources['aws_s3_bucket.b[*]']?.values.bucket).toBeInstanceOf(Unknown);
    const note = ', which Terraform may create any number of times, none included';
    expect(loaded.issues).toEqual([
      {
        level: 'warning',
        location: { file: 'main.tf', line: 3 },
        message: `aws_instance.web: count is unknown: variable "n" has no default and no value is given; it is checked as one instance [*]${note}`,
      },
      {
        level: 'warning',
        location: { file: 'main.tf', line: 7 },
        message: `aws_s3_bucket.b: for_each is unknown: variable "n" has no default and no value is given; it is checked as one instance [*]${note}`,
      },
    ]);
  });

  it('warns about a count or for_each Terraform would reject', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
resource "aws_instance" "neg" {
  count = -1
}
resource "aws_instance" "nums" {
  for_each = [1, 2]
}
`,
    });
    expect(loaded.resources.map((r) => r.address)).toEqual(['aws_instance.neg[*]', 'aws_instance.nums[*]']);
    expect(loaded.issues).toEqual([
      {
        level: 'warning',
        location: { file: 'main.tf', line: 2 },
        message: 'aws_instance.neg: count is -1, not a whole number',
      },
      {
        level: 'warning',
        location: { file: 'main.tf', line: 5 },
        message: 'aws_instance.nums: for_each needs a map or a set of strings',
      },
    ]);
  });
});

describe('variables, tfvars and locals', () => {
  it('applies tfvars files in Terraform order over defaults, converting to the declared type', async () => {
    const loaded = await loadInMemory({
      'main.tf': `
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "n" {
  type    = number
  default = 1
}
resource "null_resource" "r" {
  values = [var.a, var.b, var.c, var.d]
  n      = var.n + 1
}
`,
      'terraform.tfvars': 'a = "tfvars"\nb = "tfvars"\nc = "tfvars"\nd = "tfvars"\nn = "41"\n',
      'terraform.tfvars.json': '{ "b": "tfvars.json", "c": "tfvars.json", "d": "${not.evaluated}" }',
      'a.auto.tfvars': 'c = "a.auto"\n',
      'b.auto.tfvars.json': '{ "c": "b.auto.json" }',
    });
    expect(loaded.issues).toEqual([]);
    expect(loaded.resources[0]?.values).toEqual({
      values: ['tfvars', 'tfvars.json', 'b.auto.json', '${not.evaluated}'],
      n: 42,
    });
  });

  it('resolves locals lazily in dependency order, whatever their order in the files', async () => {
    const loaded = await loadInMemory({
      'b.tf': 'locals {\n  full = "${local.prefix}-${local.suffix}"\n}\n',
      'a.tf':
        'locals {\n  prefix = upper(local.env)\n  suffix = 3\n  env = "prod"\n}\nresource "x" "y" { name = local.full }\n',
    });
    expect(loaded.resources[0]?.values.name).toBe('PROD-3');
  });

  it('reports a cycle between locals at the local, and leaves them unknown', async () => {
    const loaded = await loadInMemory({
      'main.tf':
        'locals {\n  a = local.b\n  b = "${local.a}-x"\n}\nresource "x" "y" {\n  name = local.a\n}\n',
    });
    const name = loaded.resources[0]?.values.name;
    expect(name).toBeInstanceOf(Unknown);
    expect((name as Unknown).reason).toContain('depends on itself');
    expect(loaded.issues).toEqual([
      {
        level: 'error',
        location: { file: 'main.tf', line: 2 },
        message: 'cycle of references: local.a → local.b → local.a',
      },
    ]);
  });

  it('stops following a very long chain of references', async () => {
    const locals = Array.from({ length: 300 }, (_, i) => `  l${i} = local.l${i + 1}`).join('\n');
    const loaded = await loadInMemory({
      'main.tf': `locals {\n${locals}\n  l300 = "end"\n}\nresource "x" "y" {\n  deep = local.l0\n  near = local.l290\n}\n`,
    });
    const values = loaded.resources[0]?.values;
    expect(values?.deep).toBeInstanceOf(Unknown);
    expect((values?.deep as Unknown | undefined)?.reason).toMatch(/references followed within one another/);
    expect(values?.near).toBe('end');
  });

  it('leaves out arguments set to null, as Terraform does', async () => {
    const loaded = await loadInMemory({
      'main.tf':
        'variable "enc" {\n  default = null\n}\nresource "aws_ebs_volume" "v" {\n  size      = 8\n  encrypted = var.enc\n  tags      = { a = null }\n}\n',
    });
    expect(loaded.resources[0]?.values).toEqual({ size: 8, tags: { a: null } });
    expect(loaded.resources[0]?.attributeLines).toEqual({ size: 5, tags: 7 });
  });

  it('leaves a variable without default or value unknown, naming it', async () => {
    const loaded = await loadInMemory({
      'main.tf': 'variable "ami" {}\nresource "aws_instance" "w" { ami = var.ami }\n',
    });
    expect(loaded.resources[0]?.values.ami).toEqual(
      expect.objectContaining({ reason: 'variable "ami" has no default and no value is given' }),
    );
  });
});

describe('blocks', () => {
  it('makes nested blocks lists of objects with the lines of each path', async () => {
    const loaded = await loadInMemory({
      'main.tf': `resource "aws_security_group" "sg" {
  name = "web"
  ingress {
    from_port   = 22
    cidr_blocks = ["10.0.0.0/8"]
  }
  dynamic "ingress" {
    for_each = [80, 443]
    iterator = port
    content {
      from_port   = port.value
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  ingress {
    from_port = 8080
  }
  lifecycle {
    create_before_destroy = true
  }
}
`,
    });
    const [sg] = loaded.resources;
    expect(sg?.values).toEqual({
      name: 'web',
      ingress: [
        { from_port: 22, cidr_blocks: ['10.0.0.0/8'] },
        { from_port: 80, cidr_blocks: ['0.0.0.0/0'] },
        { from_port: 443, cidr_blocks: ['0.0.0.0/0'] },
        { from_port: 8080 },
      ],
    });
    expect(sg?.attributeLines).toEqual({
      name: 2,
      ingress: 3,
      'ingress.0': 3,
      'ingress.0.from_port': 4,
      'ingress.0.cidr_blocks': 5,
      'ingress.1': 10,
      'ingress.1.from_port': 11,
      'ingress.1.cidr_blocks': 12,
      'ingress.2': 10,
      'ingress.2.from_port': 11,
      'ingress.2.cidr_blocks': 12,
      'ingress.3': 15,
      'ingress.3.from_port': 16,
    });
  });

  it('makes a dynamic block over an unknown collection Unknown, and expands nested dynamic blocks', async () => {
    const loaded = await loadInMemory({
      'main.tf': `variable "rules" {}
resource "aws_security_group" "unknown" {
  dynamic "ingress" {
    for_each = var.rules
    content { from_port = ingress.value }
  }
}
resource "x" "nested" {
  dynamic "outer" {
    for_each = { a = [1, 2], b = [] }
    content {
      name = outer.key
      dynamic "inner" {
        for_each = outer.value
        content { n = inner.value * 10 }
      }
    }
  }
}
`,
    });
    const resources = resourcesByAddress(loaded);
    const ingress = resources['aws_security_group.unknown']?.values.ingress;
    expect(ingress).toBeInstanceOf(Unknown);
    expect((ingress as Unknown).reason).toMatch(
      /^the for_each of dynamic "ingress" is unknown: variable "rules"/,
    );
    expect(resources['x.nested']?.values).toEqual({
      outer: [
        { name: 'a', inner: [{ n: 10 }, { n: 20 }] },
        { name: 'b', inner: [] },
      ],
    });
  });
});

describe('override files', () => {
  it('merges override files into what they override, as Terraform does, without reporting duplicates', async () => {
    const loaded = await loadInMemory({
      'main.tf': `variable "env" {
  default = "dev"
}
resource "aws_instance" "web" {
  ami           = "ami-1"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "optional"
  }
  tags = { env = var.env }
}
`,
      'override.tf': 'variable "env" {\n  default = "prod"\n}\n',
      'web_override.tf':
        'resource "aws_instance" "web" {\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n',
    });
    expect(loaded.issues).toEqual([]);
    expect(loaded.resources).toHaveLength(1);
    expect(loaded.resources[0]?.values).toEqual({
      ami: 'ami-1',
      instance_type: 't3.micro',
      metadata_options: [{ http_tokens: 'required' }],
      tags: { env: 'prod' },
    });
    // Lines stay those of main.tf: the replaced block's lines live in another file and are left out.
    expect(loaded.resources[0]?.attributeLines).toEqual({ ami: 5, instance_type: 6, tags: 10 });
  });
});
