import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../inputs/read-input.js';
import { scan } from '../../runner/scan.js';
import { plannedChange, plannedResource } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'nimbus-large-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A plan of `count` KMS keys, every other one rotated, with tags enough to pass 5 MB; compact, as Terraform writes it. */
const largePlan = (count: number): string => {
  const tags = Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [`tag-${i}`, `value ${i} `.repeat(4)]),
  );
  const addresses = Array.from({ length: count }, (_, i) => `aws_kms_key.k${i}`);
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: {
      root_module: {
        resources: addresses.map((address, i) =>
          plannedResource('aws', address, { enable_key_rotation: i % 2 === 0, tags }),
        ),
      },
    },
    resource_changes: addresses.map((address) => plannedChange(address)),
  });
};

describe('a Terraform plan over 5 MB', () => {
  it('is read as JSON and checked, every resource of it', async () => {
    const text = largePlan(3_000);
    expect(text.length).toBeGreaterThan(MAX_INPUT_BYTES);
    writeFileSync(join(dir, 'plan.json'), text);
    const report = await scan({
      paths: ['plan.json'],
      cwd: dir,
      configFile: null,
      checks: ['aws-kms-key-rotation'],
    });
    expect(report.files).toEqual(expect.objectContaining({ failed: 0 }));
    expect(report.files.byFormat['terraform-plan']).toBe(1);
    expect(report.resources).toBe(3_000);
    const statuses = report.results.map((r) => r.status);
    expect(statuses.filter((s) => s === 'pass')).toHaveLength(1_500);
    expect(statuses.filter((s) => s === 'fail')).toHaveLength(1_500);
  });

  it('that is not JSON is an error with the parser’s words and its line, and the scan goes on', async () => {
    const text = largePlan(3_000);
    writeFileSync(join(dir, 'broken.json'), `${text.slice(0, text.length - 1000)}\n}`);
    writeFileSync(join(dir, 'small.json'), largePlan(2));
    const report = await scan({ paths: ['broken.json', 'small.json'], cwd: dir, configFile: null });
    const errors = report.results.filter((r) => r.status === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        checkId: 'input',
        location: { file: 'broken.json', line: 1 },
        message: expect.stringMatching(/^cannot parse: .* in JSON at position \d+$/),
      }),
    ]);
    expect(report.resources).toBe(2);
  });
});
