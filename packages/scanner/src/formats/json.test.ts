import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/report-sample.js';
import { formatJson } from './json.js';

describe('JSON output with suppressions', () => {
  it('keeps suppressed results among the results, with their suppression', async () => {
    const report = await sampleReport();
    const json = JSON.parse(formatJson(report, { toolVersion: '0.1.0' })) as {
      results: { checkId: string; status: string; suppression?: unknown }[];
    };
    expect(json.results).toHaveLength(report.results.length);
    expect(json.results.filter((r) => r.suppression)).toEqual([
      expect.objectContaining({
        checkId: 'aws-s3-versioning-enabled',
        status: 'fail',
        suppression: {
          kind: 'config',
          reason: 'access logs are write-once; versioning adds cost, risk accepted by CISO',
          location: { file: '.nimbus.yaml', line: 4 },
          expires: '2027-06-30',
        },
      }),
      expect.objectContaining({
        checkId: 'k8s-no-latest-image-tag',
        suppression: expect.objectContaining({ kind: 'inline', reason: 'preview environment only' }),
      }),
    ]);
  });
});

describe('JSON summary', () => {
  it('counts suppressed results apart from failures, in total and per control', async () => {
    const report = await sampleReport();
    const json = JSON.parse(formatJson(report, { toolVersion: '0.1.0' })) as {
      summary: {
        results: Record<string, number>;
        failuresBySeverity: Record<string, number>;
        controls: { id: string; counts: Record<string, number> }[];
      };
      results: { status: string; suppression?: unknown }[];
    };
    const { results, failuresBySeverity, controls } = json.summary;
    expect(results).toEqual({ pass: 40, fail: 9, unknown: 1, error: 2, suppressed: 2 });
    expect(Object.values(results).reduce((a, b) => a + b, 0)).toBe(json.results.length);
    expect(results.fail).toBe(json.results.filter((r) => r.status === 'fail' && !r.suppression).length);
    // Failures by severity add up to the failures counted, suppressed ones left out.
    expect(Object.values(failuresBySeverity).reduce((a, b) => a + b, 0)).toBe(results.fail);
    expect(controls.find((c) => c.id === '12.3.1')?.counts).toEqual({
      pass: 2,
      fail: 0,
      unknown: 0,
      error: 0,
      suppressed: 1,
    });
  });
});
