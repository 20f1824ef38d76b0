import { describe, expect, it } from 'vitest';
import { scanOutcome } from './outcome.js';
import type { ScanResult } from './result.js';
import type { ScanReport } from './scan.js';

const result = (
  checkId: string,
  status: ScanResult['status'],
  severity?: ScanResult['severity'],
): ScanResult => ({
  checkId,
  status,
  ...(severity ? { severity } : {}),
  location: { file: 'a.yaml', line: 1 },
  message: '',
  controls: [],
});

const report = (...results: ScanResult[]) => ({ results }) as unknown as ScanReport;

describe('scanOutcome', () => {
  it('does not fail on a suppressed failure', () => {
    const suppressed = {
      ...result('a', 'fail', 'critical'),
      suppression: {
        kind: 'config' as const,
        reason: 'accepted',
        location: { file: '.nimbus.yaml', line: 2 },
      },
    };
    expect(scanOutcome(report(suppressed), 'low')).toBe('clean');
    expect(scanOutcome(report(suppressed, result('b', 'fail', 'low')), 'low')).toBe('findings');
  });

  it('fails on failures at or above the threshold only; unknowns never fail a scan', () => {
    const r = report(
      result('a', 'fail', 'medium'),
      result('b', 'unknown', 'critical'),
      result('c', 'pass', 'high'),
    );
    expect(scanOutcome(r, 'low')).toBe('findings');
    expect(scanOutcome(r, 'medium')).toBe('findings');
    expect(scanOutcome(r, 'high')).toBe('clean');
  });

  it('puts a crashed check before an unreadable input, and both before findings', () => {
    expect(scanOutcome(report(result('input', 'error'), result('a', 'fail', 'critical')), 'low')).toBe(
      'input-error',
    );
    expect(scanOutcome(report(result('input', 'error'), result('a', 'error', 'low')), 'low')).toBe(
      'check-error',
    );
  });
});
