import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, nimbus } from './run-cli.js';

// A small Terraform tree written per test: two instances without IMDSv2, one security group open to SSH.
const MAIN_TF = `resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

# nimbus:ignore aws-ec2-imdsv2-required golden image enforces IMDSv2 at boot, see SEC-88
resource "aws_instance" "batch" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const tree = (files: Record<string, string> = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'nimbus-scan-options-'));
  writeFileSync(join(dir, 'main.tf'), MAIN_TF);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

type Json = {
  results: {
    checkId: string;
    status: string;
    resource?: { address: string };
    suppression?: { kind: string; reason: string };
  }[];
  checks: { id: string; provider: string }[];
};
const json = (stdout: string) => JSON.parse(stdout) as Json;
const failures = (report: Json) =>
  report.results
    .filter((r) => r.status === 'fail' && !r.suppression)
    .map((r) => `${r.checkId} ${r.resource?.address}`);

describe('nimbus scan: choosing checks', () => {
  it('--controls runs only the checks linked to those controls', () => {
    const r = nimbus(['scan', '.', '--controls', 'CLD.9.5.2', '--format', 'json'], { cwd: tree() });
    const report = json(r.stdout);
    expect(report.checks.map((c) => c.id)).toContain('aws-ec2-imdsv2-required');
    expect(report.checks.map((c) => c.id)).not.toContain('aws-kms-key-rotation');
    const logging = json(
      nimbus(['scan', '.', '--controls', '12.4.1', '--format', 'json'], { cwd: tree() }).stdout,
    );
    expect(logging.checks.map((c) => c.id)).not.toContain('aws-ec2-imdsv2-required');
  });

  it('refuses a control that is not in ISO/IEC 27017, or that no check covers, with exit 2', () => {
    const typo = nimbus(['scan', '.', '--controls', 'CLD.9.5.3'], { cwd: tree() });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('CLD.9.5.3 is not an ISO/IEC 27017:2015 control');
    expect(typo.stderr).toContain('did you mean');
    const organizational = nimbus(['scan', '.', '--controls', 'CLD.6.3.1'], { cwd: tree() });
    expect(organizational.code).toBe(2);
    expect(organizational.stderr).toContain('no check gives evidence for CLD.6.3.1');
    expect(hasStackTrace(organizational.stderr)).toBe(false);
  });

  it("--provider runs only that provider's checks and refuses an unknown provider", () => {
    const k8s = json(
      nimbus(['scan', '.', '--provider', 'kubernetes', '--format', 'json'], { cwd: tree() }).stdout,
    );
    expect(new Set(k8s.checks.map((c) => c.provider))).toEqual(new Set(['kubernetes']));
    const bad = nimbus(['scan', '.', '--provider', 'oracle'], { cwd: tree() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no checks for provider oracle: use one of .*aws/);
  });
});

describe('nimbus scan: suppressions', () => {
  it('honours an inline nimbus:ignore with its reason, and keeps the result visible as suppressed', () => {
    const r = nimbus(['scan', '.', '--format', 'json'], { cwd: tree() });
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    const batch = report.results.find(
      (x) => x.checkId === 'aws-ec2-imdsv2-required' && x.resource?.address === 'aws_instance.batch',
    );
    expect(batch?.suppression).toMatchObject({ kind: 'inline', reason: expect.stringContaining('SEC-88') });
    expect(failures(report)).toContain('aws-ec2-imdsv2-required aws_instance.web');
  });

  it('honours .nimbus.yaml until its expiry date, then reports the failure again and says so', () => {
    const config = (expires: string) => `suppressions:
  - check: aws-ec2-imdsv2-required
    resource: aws_instance.web
    reason: replaced by the new launch template in sprint 48
    expires: ${expires}
  - check: aws-ec2-no-ssh-from-internet
    resource: aws_security_group.admin*
    reason: bastion security group, access through VPN only
    expires: ${expires}
`;
    const cwd = tree({ '.nimbus.yaml': config('2999-12-31') });
    const current = nimbus(
      ['scan', '.', '--format', 'json', '--checks', 'aws-ec2-imdsv2-required,aws-ec2-no-ssh-from-internet'],
      { cwd },
    );
    expect(current.code, current.stderr).toBe(0);
    expect(failures(json(current.stdout))).toEqual([]);
    writeFileSync(join(cwd, '.nimbus.yaml'), config('2020-01-31'));
    const expired = nimbus(
      ['scan', '.', '--checks', 'aws-ec2-imdsv2-required,aws-ec2-no-ssh-from-internet'],
      { cwd },
    );
    expect(expired.code).toBe(1);
    expect(expired.stdout + expired.stderr).toContain('expired on 2020-01-31');
    const ignored = nimbus(['scan', '.', '--no-config', '--format', 'json'], {
      cwd: tree({ '.nimbus.yaml': config('2999-12-31') }),
    });
    expect(failures(json(ignored.stdout))).toContain('aws-ec2-imdsv2-required aws_instance.web');
  });

  it('stops with every problem of an invalid .nimbus.yaml and its line, exit 2', () => {
    const cwd = tree({
      '.nimbus.yaml': 'suppressions:\n  - check: aws-ec2-imdsv2-required\n    reason: short\n',
    });
    const r = nimbus(['scan', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.nimbus.yaml is not valid');
    expect(r.stderr).toMatch(/\.nimbus\.yaml:3: suppressions\.0\.reason/);
    expect(r.stderr).toMatch(/\.nimbus\.yaml:2: suppressions\.0\.expires/);
    const missing = nimbus(['scan', '.', '--config', 'nope.yaml'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.yaml: ENOENT');
  });
});

describe('nimbus scan --baseline', () => {
  it('reports and fails on new failures only', () => {
    const cwd = tree();
    const first = nimbus(['scan', '.', '--report', 'json=previous.json'], { cwd });
    expect(first.code).toBe(1);
    const again = nimbus(['scan', '.', '--baseline', 'previous.json', '--format', 'json'], { cwd });
    expect(again.code, again.stderr).toBe(0);
    expect(failures(json(again.stdout))).toEqual([]);
    expect(again.stderr).toMatch(/baseline previous\.json: \d+ failure\(s\) found again and left out/);
    writeFileSync(join(cwd, 'more.tf'), 'resource "aws_instance" "api" {\n  ami = "ami-1"\n}\n');
    const grown = nimbus(['scan', '.', '--baseline', 'previous.json', '--format', 'json'], { cwd });
    expect(grown.code).toBe(1);
    expect(failures(json(grown.stdout)).every((f) => f.endsWith('aws_instance.api'))).toBe(true);
  });

  it('refuses a baseline that is not a JSON report of a scan', () => {
    const cwd = tree({ 'previous.sarif': JSON.stringify({ $schema: 'sarif', runs: [] }) });
    const r = nimbus(['scan', '.', '--baseline', 'previous.sarif'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looks like SARIF');
    const gone = nimbus(['scan', '.', '--baseline', 'gone.json'], { cwd });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('--baseline gone.json: ENOENT');
  });
});
