import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from './collect-inputs.js';
import { MAX_INPUT_BYTES, readInput } from './read-input.js';

const tree = (files: Record<string, string | Buffer>) => {
  const root = mkdtempSync(join(tmpdir(), 'nimbus-inputs-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
};

describe('collectInputs', () => {
  it('walks folders in order, skipping hidden entries, node_modules and other extensions', async () => {
    const root = tree({
      'b/app.yaml': 'kind: A',
      'a.json': '{}',
      'c.template': '{}',
      'notes.md': '#',
      '.github/workflows/ci.yml': 'on: push',
      'node_modules/pkg/x.yaml': 'a: 1',
      '.hidden.yaml': 'a: 1',
    });
    const { files, issues } = await collectInputs(['.'], root);
    expect(files.map((f) => f.display)).toEqual(['a.json', 'b/app.yaml', 'c.template']);
    expect(issues).toEqual([]);
  });

  it('picks up Terraform configuration and tfvars files, in HCL and JSON syntax', async () => {
    const root = tree({
      'infra/main.tf': 'resource "aws_vpc" "main" {}',
      'infra/extra.tf.json': '{}',
      'infra/terraform.tfvars': 'env = "prod"',
      'infra/prod.auto.tfvars.json': '{}',
      'infra/.terraform/modules/x/main.tf': '',
      'infra/main.tf.bak': '',
      'infra/plan.tfplan': '',
    });
    const { files } = await collectInputs(['infra'], root);
    expect(files.map((f) => f.display)).toEqual([
      'infra/extra.tf.json',
      'infra/main.tf',
      'infra/prod.auto.tfvars.json',
      'infra/terraform.tfvars',
    ]);
  });

  it('follows no symbolic link and reports each one', async () => {
    const root = tree({ 'real/app.yaml': 'kind: A' });
    symlinkSync(join(root, 'real'), join(root, 'linked-dir'));
    symlinkSync('/etc/passwd', join(root, 'passwd.yaml'));
    const { files, issues } = await collectInputs(['.', 'passwd.yaml'], root);
    expect(files.map((f) => f.display)).toEqual(['real/app.yaml']);
    expect(issues.map((i) => [i.level, i.location.file, i.message])).toEqual([
      ['warning', 'linked-dir', 'symbolic link not followed'],
      ['warning', 'passwd.yaml', 'symbolic link not followed'],
      ['warning', 'passwd.yaml', 'symbolic link not followed'],
    ]);
  });

  it("skips a Helm chart's templates with a warning", async () => {
    const root = tree({
      'chart/Chart.yaml': 'name: x',
      'chart/values.yaml': 'a: 1',
      'chart/templates/d.yaml': '{{ x }}',
    });
    const { files, issues } = await collectInputs(['chart'], root);
    expect(files.map((f) => f.display)).toEqual(['chart/Chart.yaml', 'chart/values.yaml']);
    expect(issues[0]).toMatchObject({ level: 'warning', location: { file: 'chart/templates' } });
  });

  it('takes a named file whatever its extension, and refuses paths that do not exist', async () => {
    const root = tree({ 'stack.cfn': 'Resources: {}' });
    expect((await collectInputs(['stack.cfn'], root)).files.map((f) => f.display)).toEqual(['stack.cfn']);
    await expect(collectInputs(['stack.cfn', 'missing.yaml'], root)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'no such file or folder: missing.yaml',
    });
  });
});

describe('readInput', () => {
  it('refuses files over 5 MB, binary files and text that is not UTF-8', async () => {
    const root = tree({
      'big.yaml': Buffer.alloc(MAX_INPUT_BYTES + 1, 'a'),
      'bin.yaml': Buffer.from([0x61, 0x00, 0x62]),
      'latin1.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xe9]),
      'ok.yaml': '\uFEFFa: 1',
    });
    expect(await readInput(join(root, 'big.yaml'))).toEqual({
      problem: expect.stringMatching(/over the 5 MB limit/),
    });
    expect(await readInput(join(root, 'bin.yaml'))).toEqual({ problem: 'binary file: not scanned' });
    expect(await readInput(join(root, 'latin1.yaml'))).toEqual({ problem: 'not UTF-8 text: not scanned' });
    expect(await readInput(join(root, 'ok.yaml'))).toEqual({ text: 'a: 1' });
  });
});
