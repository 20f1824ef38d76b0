import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A throwaway copy of the files the scaffolder edits. */
const sandbox = () => {
  const root = mkdtempSync(join(tmpdir(), 'nimbus-new-check-'));
  for (const file of [
    'packages/scanner/src/checks/registry.ts',
    'catalog/checks/iso27017-2015.yaml',
    'packages/scanner/README.md',
  ]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(REPO, file), join(root, file));
  }
  for (const provider of ['aws', 'kubernetes']) {
    mkdirSync(join(root, 'packages/scanner/src/checks', provider), { recursive: true });
    writeFileSync(join(root, 'packages/scanner/src/checks', provider, 'kit.ts'), '');
  }
  return root;
};

const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(REPO, 'scripts/new-check.mjs'), ...args, '--root', root], {
    encoding: 'utf8',
  });

describe('npm run new:check', () => {
  it('scaffolds the folder, examples, registry entry, control link and README row', () => {
    const root = sandbox();
    const r = run(
      root,
      'aws/ec2/aws-ec2-ebs-default-encryption',
      '--kind',
      'aws.ec2.volume',
      '--severity',
      'high',
      '--control',
      '10.1.1',
    );
    expect(r.status, r.stderr).toBe(0);
    const folder = join(root, 'packages/scanner/src/checks/aws/ec2/aws-ec2-ebs-default-encryption');
    const index = readFileSync(join(folder, 'index.ts'), 'utf8');
    expect(index).toContain("id: 'aws-ec2-ebs-default-encryption'");
    expect(index).toContain("resourceKinds: ['aws.ec2.volume']");
    expect(index).toContain("severity: 'high'");
    expect(existsSync(join(folder, 'examples/good.tf'))).toBe(true);
    expect(existsSync(join(folder, 'examples/bad.tf'))).toBe(true);
    const registry = readFileSync(join(root, 'packages/scanner/src/checks/registry.ts'), 'utf8');
    expect(registry).toContain(
      "import { check as awsEc2EbsDefaultEncryption } from './aws/ec2/aws-ec2-ebs-default-encryption/index.js';",
    );
    expect(registry).toMatch(/\n {2}awsEc2EbsDefaultEncryption,\n\]/);
    expect(readFileSync(join(root, 'catalog/checks/iso27017-2015.yaml'), 'utf8')).toMatch(
      /\n {2}aws-ec2-ebs-default-encryption:\n {4}controls: \[10\.1\.1\]\n/,
    );
    expect(readFileSync(join(root, 'packages/scanner/README.md'), 'utf8')).toMatch(
      /^\| `aws-ec2-ebs-default-encryption` \|/m,
    );
    expect(r.stdout).toContain('next: write evaluate()');
  });

  it('writes Kubernetes examples as manifests', () => {
    const root = sandbox();
    expect(run(root, 'kubernetes/workload/k8s-no-proc-mount', '--kind', 'k8s.workload').status).toBe(0);
    expect(
      existsSync(
        join(root, 'packages/scanner/src/checks/kubernetes/workload/k8s-no-proc-mount/examples/bad.yaml'),
      ),
    ).toBe(true);
  });

  it('refuses bad arguments and an existing check with exit 2, touching nothing', () => {
    const root = sandbox();
    const registry = readFileSync(join(root, 'packages/scanner/src/checks/registry.ts'), 'utf8');
    const cases: [string[], RegExp][] = [
      [['oracle/db/oracle-db-x'], /unknown provider "oracle"/],
      [['aws/ec2/ec2-no-prefix'], /starting with "aws-"/],
      [['aws/EC2/aws-ec2-x-y'], /service "EC2"/],
      [['aws/ec2'], /give <provider>\/<service>\/<check-id>/],
      [['aws/ec2/aws-ec2-x-y', '--severity', 'severe'], /--severity/],
      [['aws/ec2/aws-ec2-imdsv2-required'], /exists already/],
    ];
    mkdirSync(join(root, 'packages/scanner/src/checks/aws/ec2/aws-ec2-imdsv2-required'), { recursive: true });
    for (const [args, message] of cases) {
      const r = run(root, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(readFileSync(join(root, 'packages/scanner/src/checks/registry.ts'), 'utf8')).toBe(registry);
  });
});
