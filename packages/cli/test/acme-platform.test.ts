import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCAN_UPLOAD } from '../../server/src/demo/demo-scan-upload.js';
import { type CliResult, nimbus, REPO } from './run-cli.js';

// examples/acme-platform: Acme's Terraform and Kubernetes tree, mostly well configured, with the mistakes listed in
// its README. The scan must find exactly those, at the right lines, and pass everything else. The demo's seeded
// scan is generated from the same tree.

const TREE = 'examples/acme-platform';

interface Result {
  checkId: string;
  status: 'pass' | 'fail' | 'unknown' | 'error';
  resource?: { address: string; kind: string };
  subject?: string;
  location: { file: string; line: number };
  message: string;
  controls: string[];
}

/** The planted mistakes: check, resource (and part), file:line, and what that line says. */
const PLANTED = [
  {
    checkId: 'aws-ec2-imdsv2-required',
    resource: 'aws_instance.report_export',
    at: 'terraform/batch.tf:59',
    line: 'http_tokens   = "optional"',
  },
  {
    checkId: 'aws-ec2-no-ssh-from-internet',
    resource: 'aws_security_group.bastion aws_vpc_security_group_ingress_rule.bastion_ssh["0.0.0.0/0"]',
    at: 'terraform/security-groups.tf:85',
    line: 'cidr_ipv4         = each.value',
  },
  {
    checkId: 'aws-kms-key-rotation',
    resource: 'aws_kms_key.batch',
    at: 'terraform/kms.tf:77',
    line: 'resource "aws_kms_key" "batch" {',
  },
  {
    checkId: 'aws-s3-versioning-enabled',
    resource: 'aws_s3_bucket.access_logs',
    at: 'terraform/storage.tf:81',
    line: 'resource "aws_s3_bucket" "access_logs" {',
  },
  {
    checkId: 'k8s-namespace-network-policy',
    resource: 'Namespace/reporting',
    at: 'kubernetes/namespaces.yaml:9',
    line: 'apiVersion: v1',
  },
  {
    checkId: 'k8s-run-as-non-root',
    resource: 'CronJob/reporting/tenant-reports container renderer',
    at: 'kubernetes/reporting.yaml:34',
    line: 'runAsUser: 0',
  },
];

const name = (r: Result) => `${r.resource?.address ?? ''}${r.subject ? ` ${r.subject}` : ''}`;
const where = (r: Result) => `${r.location.file.replace(`${TREE}/`, '')}:${r.location.line}`;
const lineOf = (at: string) => {
  const [file = '', line = '0'] = at.split(':');
  return readFileSync(join(REPO, TREE, file), 'utf8')
    .split('\n')
    [Number(line) - 1]?.trim();
};

describe('nimbus scan examples/acme-platform', () => {
  let run: CliResult;
  let report: {
    summary: { files: { scanned: number; byFormat: Record<string, number>; failed: number } };
    results: Result[];
    warnings: unknown[];
  };
  beforeAll(() => {
    run = nimbus(['scan', TREE, '--format', 'json']);
    report = JSON.parse(run.stdout);
  });

  it('reads every file of the tree, Terraform with its local module and tfvars, and exits 1 on the failures', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report.summary.files).toEqual({
      scanned: 19,
      byFormat: {
        cloudformation: 0,
        kubernetes: 3,
        snapshot: 0,
        terraform: 16,
        'terraform-plan': 0,
        unrecognized: 0,
      },
      failed: 0,
    });
    // The only warnings name, per file, the resources no check reads (routes, IAM attachments, aliases, ...).
    const warnings = report.warnings as { location: { file: string; line: number }; message: string }[];
    expect(warnings.every((w) => w.message.startsWith('not checked: no check reads'))).toBe(true);
    expect(warnings.find((w) => w.location.file === `${TREE}/terraform/kms.tf`)?.message).toBe(
      'not checked: no check reads 4 resources here (aws_kms_alias ×4)',
    );
  });

  it('finds exactly the planted mistakes, at the lines that make them', () => {
    const failures = report.results
      .filter((r) => r.status === 'fail')
      .map((r) => ({ checkId: r.checkId, resource: name(r), at: where(r) }));
    expect(failures.sort((a, b) => a.checkId.localeCompare(b.checkId))).toEqual(
      PLANTED.map(({ checkId, resource, at }) => ({ checkId, resource, at })),
    );
    for (const p of PLANTED) expect(lineOf(p.at), `${p.at} for ${p.checkId}`).toBe(p.line);
  });

  it('passes everything else, the trail delivering to its log group included', () => {
    expect(report.results.filter((r) => r.status !== 'fail' && r.status !== 'pass')).toEqual([]);
    // `"${aws_cloudwatch_log_group.cloudtrail.arn}:*"` is known only after apply, but it is set and names the group.
    const trail = report.results.find((r) => r.checkId === 'aws-cloudtrail-cloudwatch-integration');
    expect(trail).toMatchObject({ status: 'pass', resource: { address: 'aws_cloudtrail.main' } });
    expect(report.results.filter((r) => r.status === 'pass').length).toBeGreaterThan(70);
  });

  it('resolves variables, tfvars, for_each and the local module into the resources it checks', () => {
    const passing = (checkId: string) =>
      report.results.filter((r) => r.checkId === checkId && r.status === 'pass').map(name);
    // One launch template per entry of var.node_groups (terraform.tfvars), from modules/eks-nodes.
    expect(passing('aws-ec2-imdsv2-required')).toEqual([
      'module.eks_nodes["general"].aws_launch_template.nodes',
      'module.eks_nodes["reporting"].aws_launch_template.nodes',
    ]);
    const template = report.results.find(
      (r) => r.checkId === 'aws-ec2-imdsv2-required' && name(r).startsWith('module.eks_nodes["general"]'),
    );
    expect(template?.location).toEqual({ file: `${TREE}/terraform/modules/eks-nodes/main.tf`, line: 11 });
    // The bastion rule is expanded per CIDR of var.admin_cidrs: only the 0.0.0.0/0 instance fails.
    const ssh = report.results.filter(
      (r) => r.checkId === 'aws-ec2-no-ssh-from-internet' && name(r).startsWith('aws_security_group.bastion'),
    );
    expect(ssh.map((r) => r.status)).toEqual(['fail']);
    expect(ssh[0]?.message).toContain('opens SSH (port 22) to 0.0.0.0/0');
    // The batch host's subnet is found through aws_subnet.private["eu-west-1a"] (for_each over a local).
    expect(passing('aws-ec2-no-public-ip')).toContain('aws_instance.report_export');
  });
});

describe('the demo scan (packages/server/src/demo/demo-scan-upload.ts)', () => {
  it('is what scripts/demo-scan.mjs builds from the tree today', () => {
    const generated = spawnSync(process.execPath, [join(REPO, 'scripts/demo-scan.mjs'), '--stdout'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(generated.status, generated.stderr).toBe(0);
    // Regenerate with `node scripts/demo-scan.mjs` after changing examples/acme-platform or a check.
    expect(JSON.parse(generated.stdout)).toEqual(DEMO_SCAN_UPLOAD);
  });

  it('carries the planted failures under their controls', () => {
    expect(DEMO_SCAN_UPLOAD.source).toBe('examples/acme-platform (acme/platform@4f2c1e9)');
    const hardening = DEMO_SCAN_UPLOAD.controls.find((c) => c.controlId === 'CLD.9.5.2');
    expect(hardening?.counts.fail).toBe(3);
    expect(hardening?.results.map((r) => r.checkId).sort()).toEqual([
      'aws-ec2-imdsv2-required',
      'aws-ec2-no-ssh-from-internet',
      'k8s-run-as-non-root',
    ]);
  });
});
