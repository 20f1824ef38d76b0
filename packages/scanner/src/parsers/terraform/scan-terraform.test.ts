import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../inputs/collect-inputs.js';
import { scan } from '../../runner/scan.js';
import { MAX_MODULE_DEPTH } from './load-module.js';
import { isTerraformInput, scanTerraform } from './scan-terraform.js';
import { memoryTerraformIo } from './test-support.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures');

const terraformIn = async (path: string) => {
  const { files } = await collectInputs([path], FIXTURES);
  return scanTerraform(
    files.filter((f) => isTerraformInput(f.path)),
    FIXTURES,
  );
};

describe('isTerraformInput', () => {
  it('recognizes configuration and tfvars files in both syntaxes', () => {
    expect(['a.tf', 'a.tf.json', 'terraform.tfvars', 'x.auto.tfvars.json'].map(isTerraformInput)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['a.json', 'a.yaml', 'a.tfstate', 'a.tf.bak'].map(isTerraformInput)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('scanTerraform', () => {
  it('reports a local module once, under the address of the module that calls it', async () => {
    const scanned = await terraformIn('terraform/app');
    const addresses = scanned.resources.map((r) => r.address);
    expect(addresses).toContain('module.net.aws_vpc.main');
    expect(addresses).toContain('module.web[0].aws_instance.web');
    expect(addresses.filter((a) => a.endsWith('aws_vpc.main'))).toEqual(['module.net.aws_vpc.main']);
    expect(scanned.files).toBe(7);
    expect(scanned.failed).toBe(1);
    expect(scanned.issues.map((i) => `${i.level} ${i.location.file}:${i.location.line}`)).toEqual([
      'error terraform/app/broken.tf:2',
      'warning terraform/app/main.tf:25',
    ]);
  });

  it('scans a module folder named on its own as a root', async () => {
    const scanned = await terraformIn('terraform/app/modules/net');
    expect(scanned.resources.map((r) => r.address)).toContain('aws_vpc.main');
  });

  it('loads folders that call each other in a cycle once, from the first of them', async () => {
    const scanned = await terraformIn('terraform/cycle-pair');
    expect(scanned.resources.map((r) => r.address).sort()).toEqual([
      'aws_kms_key.a',
      'module.b.aws_kms_key.b',
    ]);
  });
});

/** Scans in-memory folders (`name` to the text of its `main.tf`), counting how often each folder is listed. */
const scanInMemory = async (folders: Readonly<Record<string, string>>, scanned = Object.keys(folders)) => {
  const io = memoryTerraformIo(
    Object.fromEntries(Object.entries(folders).map(([dir, text]) => [`${dir}/main.tf`, text])),
  );
  const listed: string[] = [];
  const counting = {
    ...io,
    listTf: (dir: string) => {
      listed.push(io.display(dir));
      return io.listTf(dir);
    },
  };
  const files = scanned.map((dir) => ({ path: `/m/${dir}/main.tf`, display: `${dir}/main.tf` }));
  const result = await scanTerraform(files, '/m', counting);
  return { ...result, addresses: result.resources.map((r) => r.address), listed: listed.sort() };
};

const calls = (...sources: string[]) =>
  sources.map((source, i) => `module "m${i}" {\n  source = "${source}"\n}\n`).join('');

describe('scanTerraform module folders', () => {
  it('loads a module folder that is also scanned once, as the module of the folder that calls it', async () => {
    const scanned = await scanInMemory({
      app: `resource "aws_kms_key" "app" {}\n${calls('./modules/net', './modules/net')}`,
      'app/modules/net': 'resource "aws_vpc" "main" {}\n',
    });
    expect(scanned.addresses).toEqual([
      'aws_kms_key.app',
      'module.m0.aws_vpc.main',
      'module.m1.aws_vpc.main',
    ]);
    // Each folder is listed once: for both calls of the module, and not again to load it on its own.
    expect(scanned.listed).toEqual(['app', 'app/modules/net']);
  });

  it('loads a caller that sorts after its module once as well, and reports the module under it', async () => {
    const scanned = await scanInMemory({
      live: `resource "aws_kms_key" "live" {}\n${calls('../components')}`,
      components: 'resource "aws_vpc" "main" {}\n',
    });
    expect(scanned.addresses).toEqual(['aws_kms_key.live', 'module.m0.aws_vpc.main']);
  });

  it('reports the modules of folders that call each other once, from the first of the cycle', async () => {
    // b and d call each other; d also calls a, which calls c. Sorted, a comes first but is no root.
    const scanned = await scanInMemory({
      a: `resource "aws_kms_key" "a" {}\n${calls('../c')}`,
      b: `resource "aws_kms_key" "b" {}\n${calls('../d')}`,
      c: 'resource "aws_kms_key" "c" {}\n',
      d: `resource "aws_kms_key" "d" {}\n${calls('../b', '../a')}`,
    });
    expect(scanned.addresses.sort()).toEqual([
      'aws_kms_key.b',
      'module.m0.aws_kms_key.d',
      'module.m0.module.m1.aws_kms_key.a',
      'module.m0.module.m1.module.m0.aws_kms_key.c',
    ]);
    expect(scanned.issues.map((i) => i.message)).toEqual([
      'module "m0": source "../b" leads back to a module that calls it (a cycle): not loaded again',
    ]);
  });

  it('still reports a folder nested past the loading limit, as a root of its own', async () => {
    const depth = MAX_MODULE_DEPTH + 2;
    const names = Array.from({ length: depth + 1 }, (_, i) => `l${String(i).padStart(2, '0')}`);
    const folders = Object.fromEntries(
      names.map((name, i) => {
        const next = names[i + 1];
        return [name, `resource "aws_kms_key" "${name}" {}\n${next ? calls(`../${next}`) : ''}`];
      }),
    );
    const scanned = await scanInMemory(folders);
    // The first folder loads the next MAX_MODULE_DEPTH; the one after them is no module of it, so a root.
    expect(scanned.addresses.filter((a) => !a.startsWith('module.'))).toEqual([
      'aws_kms_key.l00',
      `aws_kms_key.${names[MAX_MODULE_DEPTH + 1]}`,
    ]);
    expect(scanned.addresses.map((a) => a.replace(/^(module\.m0\.)*aws_kms_key\./, ''))).toEqual(names);
    expect(scanned.listed).toEqual(names);
  });
});

describe('scan with Terraform inputs', () => {
  it('counts Terraform files and their failures, and checks the resources', async () => {
    const report = await scan({
      paths: ['terraform/app'],
      cwd: FIXTURES,
      checks: ['aws-ec2-imdsv2-required'],
    });
    expect(report.files.byFormat.terraform).toBe(7);
    expect(report.files.scanned).toBe(7);
    expect(report.files.failed).toBe(1);
    expect(report.results.map((r) => `${r.status} ${r.location.file}:${r.location.line}`)).toEqual([
      'error terraform/app/broken.tf:2',
      'pass terraform/app/modules/web/main.tf:16',
      'pass terraform/app/modules/web/main.tf:16',
    ]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'module "registry": not scanned: remote module (source "terraform-aws-modules/s3-bucket/aws")',
    ]);
  });
});
