import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../checks/registry.js';
import type { KmsKey } from '../model/aws.js';
import type { ScanResult } from './result.js';
import { compareResults, runChecks } from './run-checks.js';

// What keeps a scan of a million resources fast and small: results share what they can, and sorting compares
// strings only when they differ, in the order localeCompare gives.

const key = (name: string, rotation: boolean, line: number, attributeLine?: number): KmsKey => ({
  kind: 'aws.kms.key',
  provider: 'aws',
  address: `arn:aws:kms:eu-west-1:123456789012:key/${name}`,
  location: { file: 'account.json', line },
  attributeLines: attributeLine === undefined ? {} : { rotation: attributeLine },
  rotation,
});

const rotation = builtinChecks().filter((c) => c.id === 'aws-kms-key-rotation');

describe('runChecks at scale', () => {
  it('shares the resource reference, the location on the resource line and the check data between results', () => {
    const a = key('a', true, 3);
    const b = key('b', false, 4, 9);
    const { results } = runChecks([a, b, key('c', true, 5)], rotation, () => ['10.1.2']);
    // Sorted by line: a (3), c (5), then b (its attribute, 9).
    const [ra, rc, rb] = results as [ScanResult, ScanResult, ScanResult];
    expect(ra.location).toBe(a.location);
    expect(rb.location).toEqual({ file: 'account.json', line: 9 });
    expect(ra.controls).toBe(rc.controls);
    expect(ra.message).toBe(rc.message);
    expect(rb).toEqual({
      checkId: 'aws-kms-key-rotation',
      severity: 'medium',
      resource: { address: b.address, kind: 'aws.kms.key' },
      controls: ['10.1.2'],
      status: 'fail',
      location: { file: 'account.json', line: 9 },
      message: 'automatic key rotation is off',
      remediation: rotation[0]?.remediation.summary,
    });
    // Keys in the order of the JSON output.
    expect(Object.keys(rb)).toEqual([
      'checkId',
      'severity',
      'resource',
      'controls',
      'status',
      'location',
      'message',
      'remediation',
    ]);
  });

  it('orders results as localeCompare does', () => {
    const result = (
      file: string,
      line: number,
      checkId: string,
      address: string,
      subject?: string,
    ): ScanResult => ({
      checkId,
      status: 'pass',
      resource: { address, kind: 'aws.kms.key' },
      ...(subject ? { subject } : {}),
      location: { file, line },
      message: '',
      controls: [],
    });
    const results = [
      result('b.json', 1, 'x', 'r'),
      result('B.json', 1, 'x', 'r'),
      result('a.json', 2, 'x', 'r'),
      result('a.json', 2, 'X', 'r'),
      result('a.json', 2, 'x', 'R'),
      result('a.json', 2, 'x', 'r', 'é'),
      result('a.json', 2, 'x', 'r', 'e'),
      result('a.json', 1, 'y', 'r'),
    ];
    const byLocale = (a: ScanResult, b: ScanResult) =>
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.checkId.localeCompare(b.checkId) ||
      (a.resource?.address ?? '').localeCompare(b.resource?.address ?? '') ||
      (a.subject ?? '').localeCompare(b.subject ?? '');
    expect([...results].sort(compareResults)).toEqual([...results].sort(byLocale));
  });
});
