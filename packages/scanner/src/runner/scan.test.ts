import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readInput } from '../inputs/read-input.js';
import { compareResults } from './run-checks.js';
import { scan } from './scan.js';

// Every read of an input goes through readInput: counting its calls shows how often each file is read.
vi.mock('../inputs/read-input.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../inputs/read-input.js')>();
  return { ...actual, readInput: vi.fn(actual.readInput) };
});

const MAIN_TF = `resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

# nimbus:ignore aws-ec2-imdsv2-required golden image enforces IMDSv2 at boot, see SEC-88
resource "aws_instance" "batch" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  # nimbus:ignore aws-ec2-no-public-ip
}
`;

const DEPLOYMENT = `# nimbus:ignore k8s-no-latest-image-tag the tag is replaced by a digest when the chart is rendered
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.acme.example/shop/web:latest
`;

/** A manifest cut off mid-edit: an error result at its line, between the results of other files. */
const BROKEN = 'apiVersion: v1\nkind: ConfigMap\ndata: [ { a: 1 }\n';

const tree = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nimbus-runner-scan-'));
  writeFileSync(join(dir, 'main.tf'), MAIN_TF);
  writeFileSync(join(dir, 'deploy.yaml'), DEPLOYMENT);
  writeFileSync(join(dir, 'a-broken.yaml'), BROKEN);
  writeFileSync(join(dir, 'z-broken.yaml'), BROKEN);
  return dir;
};

const NOW = () => new Date('2026-11-28T12:00:00Z');

describe('scan', () => {
  it('reads every file once, suppressing with the inline comments noted as the files were parsed', async () => {
    const cwd = tree();
    vi.mocked(readInput).mockClear();
    const report = await scan({ paths: ['.'], cwd, now: NOW });
    const reads = vi.mocked(readInput).mock.calls.map(([path]) => path.slice(cwd.length + 1));
    expect(reads.sort()).toEqual(['a-broken.yaml', 'deploy.yaml', 'main.tf', 'z-broken.yaml']);

    const suppressed = report.results
      .filter((r) => r.suppression)
      .map((r) => [r.checkId, r.resource?.address, r.suppression?.kind, r.suppression?.location]);
    expect(suppressed).toEqual([
      ['k8s-no-latest-image-tag', 'Deployment/shop/web', 'inline', { file: 'deploy.yaml', line: 1 }],
      ['aws-ec2-imdsv2-required', 'aws_instance.batch', 'inline', { file: 'main.tf', line: 6 }],
    ]);
    // The same check on the instance without a comment is not suppressed.
    expect(
      report.results.find(
        (r) => r.checkId === 'aws-ec2-imdsv2-required' && r.resource?.address === 'aws_instance.web',
      ),
    ).toMatchObject({ status: 'fail' });
    expect(
      report.results.find((r) => r.checkId === 'aws-ec2-imdsv2-required' && r.suppression)?.suppression
        ?.reason,
    ).toBe('golden image enforces IMDSv2 at boot, see SEC-88');
    // A comment without a reason suppresses nothing and says so.
    expect(report.warnings).toContainEqual({
      level: 'warning',
      location: { file: 'main.tf', line: 10 },
      message: 'nimbus:ignore aws-ec2-no-public-ip gives no reason: it does not suppress',
    });
  });

  it('orders the input errors among the check results by file and line, as one sort of all would', async () => {
    const report = await scan({ paths: ['.'], cwd: tree(), now: NOW });
    const errors = report.results.filter((r) => r.checkId === 'input');
    expect(errors.map((r) => r.location.file)).toEqual(['a-broken.yaml', 'z-broken.yaml']);
    expect(report.results[0]).toBe(errors[0]);
    expect(report.results.at(-1)).toBe(errors[1]);
    expect(report.results.length).toBeGreaterThan(4);
    expect(report.results).toEqual([...report.results].sort(compareResults));
  });
});
