import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../inputs/collect-inputs.js';
import { scan } from '../../runner/scan.js';
import { isTerraformInput, scanTerraform } from './scan-terraform.js';

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
