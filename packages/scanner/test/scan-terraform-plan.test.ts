import { describe, expect, it } from 'vitest';
import { scan } from '../src/runner/scan.js';
import { FIXTURES } from './helpers.js';

describe('scanning Terraform plan JSON', () => {
  it('counts plans under their own format and reports their findings and shape errors', async () => {
    const report = await scan({
      paths: ['terraform-plan/plan.json', 'terraform-plan/bad-plan.json'],
      cwd: FIXTURES,
      now: () => new Date('2026-11-28T12:00:00Z'),
    });
    expect(report.files).toMatchObject({ scanned: 2, failed: 1 });
    expect(report.files.byFormat['terraform-plan']).toBe(2);
    const of = (checkId: string) =>
      report.results.filter((r) => r.checkId === checkId).map((r) => [r.resource?.address, r.status]);
    expect(of('aws-ec2-no-public-ip')).toEqual([['aws_instance.web[0]', 'fail']]);
    expect(of('aws-vpc-flow-logs-enabled')).toEqual([
      ['aws_vpc.main', 'pass'],
      ['aws_default_vpc.default', 'pass'],
    ]);
    const errors = report.results.filter((r) => r.status === 'error');
    expect(errors.map((r) => r.location.file)).toEqual(Array(4).fill('terraform-plan/bad-plan.json'));
  });
});
