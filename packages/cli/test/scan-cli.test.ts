import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinChecks } from '@nimbus/scanner';
import { describe, expect, it } from 'vitest';
import { brokenFixture } from '../../scanner/test/helpers.js';
import { hasStackTrace, nimbus, REPO } from './run-cli.js';

const FIXTURES = join(REPO, 'packages/scanner/test/fixtures');
const scan = (args: string[], cwd = FIXTURES) => nimbus(['scan', ...args], { cwd });
/** Every built-in check runs unless told otherwise: the count follows the registry as checks are added. */
const CHECK_COUNT = builtinChecks().length;
/** The failures planted in the Acme fixtures, listed one by one in packages/scanner/test/scan-fixtures.test.ts. */
const ACME_FAILURES = 17;

describe('nimbus scan', () => {
  it('prints a summary per ISO/IEC 27017 control, then the failures, and exits 1', () => {
    const r = scan(['acme']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe(
      `Scanned 7 files (2 CloudFormation, 4 Kubernetes, 1 not recognized): 22 resources, ${CHECK_COUNT} checks`,
    );
    expect(r.stdout).toMatch(/ISO\/IEC 27017:2015 control +pass +fail +unknown +error/);
    expect(r.stdout).toMatch(/ {2}CLD\.9\.5\.2 +Virtual machine hardening +\d+ +5 +0 +0/);
    expect(r.stdout).toMatch(/ {2}9\.2\.3 +Management of privileged access rights +2 +2 +0 +0/);
    expect(r.stdout).toContain(
      [
        '  HIGH     aws-ec2-imdsv2-required  acme/cloudformation/platform.yaml:110',
        '           AWS::EC2::Instance Bastion',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      '  LOW      k8s-read-only-root-filesystem  acme/kubernetes/storefront.yaml:20',
    );
    expect(r.stdout).toContain('Fix: Bind a role that grants only the verbs and resources needed');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^17 failed \(3 high, 10 medium, 4 low\), [1-9]\d* passed, 0 unknown, 0 errors$/,
    );
  });

  it('exits 0 when no failure reaches --fail-on, and 0 for a clean scan', () => {
    expect(scan(['acme', '--fail-on', 'critical']).code).toBe(0);
    const r = scan(['acme/cloudformation/backup-key.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n0 failed, \d+ passed, 0 unknown, 0 errors\n$/);
  });

  it('runs only --checks, skips --skip-checks', () => {
    const only = JSON.parse(
      scan(['acme', '--format', 'json', '--checks', 'k8s-no-latest-image-tag,aws-s3-versioning-enabled'])
        .stdout,
    );
    expect(only.checks.map((c: { id: string }) => c.id)).toEqual([
      'aws-s3-versioning-enabled',
      'k8s-no-latest-image-tag',
    ]);
    const skipped = scan([
      'acme',
      '--skip-checks',
      'k8s-no-cluster-admin-binding',
      '--skip-checks',
      'aws-ec2-no-ssh-from-internet',
    ]);
    expect(skipped.stdout).not.toContain('k8s-no-cluster-admin-binding');
    expect(skipped.stdout).toMatch(new RegExp(`^Scanned .*, ${CHECK_COUNT - 2} checks\n`));
  });

  it('writes versioned JSON with every result', () => {
    const r = scan(['acme', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      formatVersion: 1,
      tool: { name: 'nimbus', version: expect.any(String) },
      framework: 'iso27017:2015',
      summary: { results: { fail: ACME_FAILURES, pass: expect.any(Number), unknown: 0, error: 0 } },
    });
    expect(report.checks).toHaveLength(CHECK_COUNT);
    expect(report.summary.results.pass).toBe(
      report.results.filter((x: { status: string }) => x.status === 'pass').length,
    );
    expect(report.results.filter((x: { status: string }) => x.status === 'fail')).toContainEqual({
      checkId: 'k8s-no-cluster-admin-binding',
      status: 'fail',
      severity: 'high',
      resource: { address: 'ClusterRoleBinding/ci-deployer-admin', kind: 'k8s.role-binding' },
      location: { file: 'acme/kubernetes/rbac.yaml', line: 19 },
      message: 'grants cluster-admin to ServiceAccount deployer',
      remediation: expect.stringContaining('break-glass'),
      controls: ['9.2.3'],
    });
  });

  it('writes SARIF to a file with -o and says so on standard error', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nimbus-sarif-')), 'scan.sarif');
    const r = scan(['acme', '--format', 'sarif', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote the sarif report to ${out}: ${ACME_FAILURES} failed, `);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(ACME_FAILURES);
    expect(sarif.runs[0].originalUriBaseIds.SRCROOT.uri).toBe(`file://${FIXTURES}/`);
  });

  it('reports a file that cannot be parsed as an error with its location, scans the rest and exits 2', () => {
    const r = scan(['broken'], brokenFixture());
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Errors \(1\)\n {2}input {2}broken\/broken\.yaml:13 {2}cannot parse: /);
    expect(r.stdout).toMatch(/^Scanned 2 files \(1 Kubernetes, 1 with errors\)/);
    // The good pod's own findings: no NetworkPolicy for ops, the default token mounted, no seccomp profile.
    expect(r.stdout).toMatch(/\n3 failed \(3 medium\), [1-9]\d* passed, 0 unknown, 1 error\n$/);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('skips and reports symbolic links, refuses oversized and binary inputs without crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nimbus-scan-inputs-'));
    cpSync(join(FIXTURES, 'acme/kubernetes/payments-api.yaml'), join(dir, 'api.yaml'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.yaml'));
    writeFileSync(join(dir, 'huge.json'), Buffer.alloc(6 * 1024 * 1024, 0x20));
    writeFileSync(join(dir, 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const r = scan(['.'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('huge.json:1  file is 6.0 MB, over the 5 MB limit: not scanned');
    expect(r.stdout).toContain('image.yaml:1  binary file: not scanned');
    expect(r.stdout).toMatch(
      /Warnings \(2\)\n {2}passwd\.yaml:1 {2}symbolic link not followed\n {2}api\.yaml:48 {2}not checked: no check reads this resource \(Service\)\n/,
    );
    expect(r.stdout).toMatch(/^Scanned 3 files \(1 Kubernetes, 2 with errors\)/);
    expect(r.stdout).toMatch(/\n1 failed \(1 medium\), [1-9]\d* passed, 0 unknown, 2 errors\n$/);
  });

  it('prints names and values from scanned files with their control characters escaped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nimbus-scan-escapes-'));
    const manifest = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: "tool\\e[2J\\e[31mbox\\rHIGH"',
      '  namespace: ops',
      'spec:',
      '  containers:',
      '    - name: "app\\u202e\\x9b"',
      '      image: registry.acme.example/app:latest',
    ].join('\n');
    writeFileSync(join(dir, 'pod\u001b[8m.yaml'), manifest);
    const r = scan(['.'], dir);
    expect(r.code).toBe(1);
    const raw = [...r.stdout].filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return (
        (code < 0x20 && c !== '\n') || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e)
      );
    });
    expect(raw).toEqual([]);
    expect(r.stdout).toContain('k8s-no-latest-image-tag  pod\\x1b[8m.yaml:9');
    expect(r.stdout).toContain('Pod/ops/tool\\x1b[2J\\x1b[31mbox\\x0dHIGH (container app\\u202e\\x9b)');
  });

  it('exits 2 with a suggestion for an unknown check, a missing path or a bad option', () => {
    const unknownCheck = scan(['acme', '--checks', 'k8s-latest-tag']);
    expect(unknownCheck.code).toBe(2);
    expect(unknownCheck.stderr).toContain('unknown check id: k8s-latest-tag');
    expect(unknownCheck.stderr).toContain('Did you mean "k8s-no-latest-image-tag"?');
    const missing = scan(['acme', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder: nowhere');
    expect(scan(['acme', '--format', 'xml']).code).toBe(2);
    expect(scan(['acme', '--fail-on', 'severe']).code).toBe(2);
    expect(scan([]).code).toBe(2);
  });
});
