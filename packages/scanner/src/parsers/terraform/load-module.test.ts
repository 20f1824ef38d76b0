// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../inputs/read-input.js';
import { Unknown } from '../../model/value.js';
import type { TfFile } from './hcl.js';
import { loadTerraform, MAX_MODULE_DEPTH, nodeTerraformIo } from './load-module.js';
import { loadFolder, resourcesByAddress, writeTempTree } from './test-support.js';
import { TfReference } from './tf-resource.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/terraform');

const loadFixture = (dir: string) => loadTerraform(join(FIXTURES, dir), nodeTerraformIo(FIXTURES));

describe('loadTerraform on the fixture tree', () => {
  it('loads the root, its tfvars and its local modules, and goes on past a broken file', async () => {
    const loaded = await loadFixture('app');
    const resources = resourcesByAddress(loaded);
    expect(Object.keys(resources).sort()).toEqual([
      'aws_s3_bucket.data["assets"]',
      'aws_s3_bucket.data["logs"]',
      'aws_security_group.web',
      'module.net.aws_flow_log.main',
      'module.net.aws_subnet.public',
      'module.net.aws_vpc.main',
      'module.web[0].aws_instance.web',
      'module.web[1].aws_instance.web',
    ]);
    // prod.auto.tfvars (env = "prod") overrides terraform.tfvars (env = "staging"): no bastion in prod.
    expect(resources['aws_s3_bucket.data["logs"]']?.values.bucket).toBe('shop-prod-logs');
    expect(resources['module.net.aws_vpc.main']?.values.tags).toEqual({ Name: 'shop-prod' });
    expect(resources['module.web[1].aws_instance.web']).toMatchObject({
      location: { file: 'app/modules/web/main.tf', line: 9 },
      values: {
        tags: { Name: 'shop-prod-1' },
        metadata_options: [{ http_tokens: 'required', http_endpoint: 'enabled' }],
      },
      attributeLines: { 'metadata_options.0.http_tokens': 16, 'root_block_device.0.encrypted': 21 },
    });
    expect(resources['module.web[0].aws_instance.web']?.values.subnet_id).toEqual(
      new TfReference('module.net.aws_subnet.public', 'id'),
    );
    expect(resources['aws_security_group.web']?.values.ingress).toEqual([
      { description: 'ssh', from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'] },
      { from_port: 80, to_port: 80, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
      { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
    ]);
    expect(loaded.issues).toEqual([
      {
        level: 'error',
        location: { file: 'app/broken.tf', line: 2 },
        message:
          'cannot parse: Invalid expression: Expected the start of an expression, but found an invalid expression token',
      },
      {
        level: 'warning',
        location: { file: 'app/main.tf', line: 25 },
        message:
          'module "registry": not scanned: remote module (source "terraform-aws-modules/s3-bucket/aws")',
      },
    ]);
    expect([...loaded.moduleDirs].sort()).toEqual([
      join(FIXTURES, 'app/modules/net'),
      join(FIXTURES, 'app/modules/web'),
    ]);
    expect(loaded.files).toContain(join(FIXTURES, 'app/prod.auto.tfvars'));
  });

  it('reads only the files it is told to in the root folder', async () => {
    const loaded = await loadTerraform(join(FIXTURES, 'app'), nodeTerraformIo(FIXTURES), {
      only: [join(FIXTURES, 'app/variables.tf')],
    });
    expect(loaded.resources).toEqual([]);
    expect(loaded.issues).toEqual([]);
  });

  it('does not follow a module that sources its own folder', async () => {
    const loaded = await loadFixture('cycle');
    expect(loaded.resources.map((r) => r.address)).toEqual(['aws_kms_key.k']);
    expect(loaded.issues).toEqual([
      {
        level: 'warning',
        location: { file: 'cycle/main.tf', line: 1 },
        message:
          'module "again": source "./" leads back to a module that calls it (a cycle): not loaded again',
      },
    ]);
  });

  it('stops two modules that source each other after one round', async () => {
    const loaded = await loadFixture('cycle-pair/a');
    expect(loaded.resources.map((r) => r.address)).toEqual(['aws_kms_key.a', 'module.b.aws_kms_key.b']);
    expect(loaded.issues).toEqual([
      expect.objectContaining({ level: 'warning', location: { file: 'cycle-pair/b/main.tf', line: 1 } }),
    ]);
  });

  it('parses each file once when loads share a cache', async () => {
    const cache = new Map<string, Promise<TfFile>>();
    await loadTerraform(join(FIXTURES, 'app/modules/net'), nodeTerraformIo(FIXTURES), { cache });
    const first = cache.get(join(FIXTURES, 'app/modules/net/main.tf'));
    await loadTerraform(join(FIXTURES, 'app'), nodeTerraformIo(FIXTURES), { cache });
    expect(cache.get(join(FIXTURES, 'app/modules/net/main.tf'))).toBe(first);
  });
});

describe('loadTerraform on bad input', () => {
  it('reports a binary file, an oversized file and a non-UTF-8 file, and loads the rest', async () => {
    const root = writeTempTree({
      'bin.tf': Buffer.from([0x72, 0x00, 0x01]),
      'big.tf': Buffer.alloc(MAX_INPUT_BYTES + 1, '#'),
      'latin1.tf': Buffer.from([0x23, 0xe9, 0x0a]),
      'ok.tf': 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n',
    });
    const loaded = await loadFolder(root);
    expect(loaded.resources.map((r) => r.address)).toEqual(['aws_kms_key.k']);
    expect(loaded.issues).toEqual([
      {
        level: 'error',
        location: { file: 'big.tf', line: 1 },
        message: expect.stringMatching(/over the 5 MB limit: not scanned$/),
      },
      { level: 'error', location: { file: 'bin.tf', line: 1 }, message: 'binary file: not scanned' },
      { level: 'error', location: { file: 'latin1.tf', line: 1 }, message: 'not UTF-8 text: not scanned' },
    ]);
  });

  it('reports a very deep expression at its line, and a locals cycle, without crashing or hanging', async () => {
    const root = writeTempTree({
      'deep.tf': `locals {\n  ok = 1\n  deep = ${'['.repeat(2000)}${']'.repeat(2000)}\n}\n`,
      'chain.tf': `locals {\n  long = ${'1 + '.repeat(5000)}1\n  a = local.b\n  b = local.a\n}\nresource "x" "y" {\n  long = local.long\n  a = local.a\n}\n`,
    });
    const loaded = await loadFolder(root);
    expect(loaded.issues).toEqual([
      {
        level: 'error',
        location: { file: 'deep.tf', line: 3 },
        message: 'cannot parse: blocks and expressions nested more than 256 deep',
      },
      {
        level: 'error',
        location: { file: 'chain.tf', line: 3 },
        message: 'cycle of references: local.a → local.b → local.a',
      },
    ]);
    const values = loaded.resources[0]?.values;
    expect(values?.long).toBeInstanceOf(Unknown);
    expect(values?.a).toBeInstanceOf(Unknown);
  });

  it('applies fileTimeoutMs to each HCL file and tfvars file, and loads the others', async () => {
    const many = (line: (i: number) => string) => Array.from({ length: 3000 }, (_, i) => line(i)).join('');
    const root = writeTempTree({
      'huge.tf': many((i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n}\n`),
      'terraform.tfvars': many((i) => `v${i} = "x"\n`),
      'ok.tf.json': '{ "resource": { "aws_kms_key": { "k": { "enable_key_rotation": true } } } }',
    });
    const loaded = await loadTerraform(root, nodeTerraformIo(root), { fileTimeoutMs: 1 });
    expect(loaded.resources.map((r) => r.address)).toEqual(['aws_kms_key.k']);
    const tooLong = 'parsing took longer than 1 ms: not scanned (the limit is NIMBUS_SCAN_FILE_TIMEOUT_MS)';
    expect(loaded.issues).toEqual([
      { level: 'error', location: { file: 'huge.tf', line: 1 }, message: tooLong },
      { level: 'error', location: { file: 'terraform.tfvars', line: 1 }, message: tooLong },
    ]);
  });

  it('warns about a module folder that is missing or holds no Terraform files', async () => {
    const root = writeTempTree({
      'main.tf': 'module "gone" {\n  source = "./gone"\n}\nmodule "empty" {\n  source = "./empty"\n}\n',
      'empty/README.md': 'nothing here',
    });
    const loaded = await loadFolder(root);
    expect(loaded.issues).toEqual([
      {
        level: 'warning',
        location: { file: 'main.tf', line: 4 },
        message: 'module "empty": no Terraform files in the folder of source "./empty"',
      },
      {
        level: 'warning',
        location: { file: 'main.tf', line: 1 },
        message: 'module "gone": cannot read the folder of source "./gone": ENOENT',
      },
    ]);
  });

  it(`stops loading modules nested more than ${MAX_MODULE_DEPTH} deep`, async () => {
    const files: Record<string, string> = {};
    let path = '';
    for (let i = 0; i <= MAX_MODULE_DEPTH + 2; i++) {
      files[`${path}main.tf`] = `module "m" {\n  source = "./m"\n}\nresource "x" "level" {\n  n = ${i}\n}\n`;
      path += 'm/';
    }
    const root = writeTempTree(files);
    const loaded = await loadFolder(root);
    expect(loaded.resources).toHaveLength(MAX_MODULE_DEPTH + 1);
    expect(loaded.resources.at(-1)?.address).toBe(`${'module.m.'.repeat(MAX_MODULE_DEPTH)}x.level`);
    expect(loaded.issues).toEqual([
      {
        level: 'warning',
        location: { file: `${'m/'.repeat(MAX_MODULE_DEPTH)}main.tf`, line: 1 },
        message: `module "m": more than ${MAX_MODULE_DEPTH} modules nested within one another: not loaded`,
      },
    ]);
  });

  it('reports a root folder that cannot be read', async () => {
    const root = writeTempTree({});
    const loaded = await loadTerraform(join(root, 'missing'), nodeTerraformIo(root));
    expect(loaded.issues).toEqual([
      { level: 'error', location: { file: 'missing', line: 1 }, message: 'cannot read folder: ENOENT' },
    ]);
  });

  it('reads modules written in JSON syntax', async () => {
    const root = writeTempTree({
      'main.tf.json': JSON.stringify({
        variable: { env: { default: 'dev' } },
        locals: { name: 'app-${var.env}' },
        module: { net: { source: './net', cidr: '10.0.0.0/16' } },
        resource: { aws_s3_bucket: { b: { bucket: '${local.name}', versioning: [{ enabled: true }] } } },
      }),
      'net/main.tf': 'variable "cidr" {}\nresource "aws_vpc" "v" {\n  cidr_block = var.cidr\n}\n',
    });
    const loaded = await loadFolder(root);
    expect(loaded.issues).toEqual([]);
    expect(loaded.resources.map((r) => [r.address, r.values])).toEqual([
      ['aws_s3_bucket.b', { bucket: 'app-dev', versioning: [{ enabled: true }] }],
      ['module.net.aws_vpc.v', { cidr_block: '10.0.0.0/16' }],
    ]);
    expect(loaded.resources[0]?.location).toEqual({ file: 'main.tf.json', line: 1 });
  });
});
