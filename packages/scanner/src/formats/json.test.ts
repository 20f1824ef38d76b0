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
