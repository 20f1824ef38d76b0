import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/report-sample.js';
import { MAX_UPLOAD_BYTES, toScanUpload } from './evidence-upload.js';

describe('toScanUpload', () => {
  it('rolls results up per control with whole counts and the results that did not pass', async () => {
    const report = await sampleReport();
    const upload = toScanUpload(report, { source: 'acme/ (acme/platform@4f2c1e9)', toolVersion: '0.1.0' });
    expect(upload).toMatchObject({
      scannedAt: '2026-11-28T12:00:00.000Z',
      framework: 'iso27017:2015',
      tool: { name: 'nimbus', version: '0.1.0' },
      source: 'acme/ (acme/platform@4f2c1e9)',
    });
    // Every counted result of the report is in the counts of each of its controls, input errors excepted.
    for (const part of upload.controls) {
      const mine = report.results.filter((r) => r.checkId !== 'input' && r.controls.includes(part.controlId));
      const suppressed = mine.filter((r) => r.suppression && (r.status === 'fail' || r.status === 'unknown'));
      const sum = part.counts.pass + part.counts.fail + part.counts.unknown + part.counts.error;
      expect(sum).toBe(mine.length - suppressed.length);
      expect(part.results.every((r) => r.status !== 'pass')).toBe(true);
      expect(part.results).toHaveLength(mine.filter((r) => r.status !== 'pass').length);
    }
    const ids = upload.controls.map((c) => c.controlId);
    expect(ids).toContain('CLD.9.5.2');
    expect([...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(ids);
  });

  it('lists a suppressed failure with its reason and does not count it as a failure', async () => {
    const report = await sampleReport();
    const upload = toScanUpload(report, { source: 'acme/', toolVersion: '0.1.0' });
    const part = upload.controls.find((c) => c.controlId === '12.3.1')!;
    const suppressed = part.results.find((r) => r.checkId === 'aws-s3-versioning-enabled');
    expect(suppressed?.suppressed).toContain('risk accepted by CISO');
    const real = report.results.filter(
      (r) => r.controls.includes('12.3.1') && r.status === 'fail' && !r.suppression,
    ).length;
    expect(part.counts.fail).toBe(real);
  });

  it('orders unsuppressed failures first, most severe first', async () => {
    const upload = toScanUpload(await sampleReport(), { source: 'acme/', toolVersion: '0.1.0' });
    for (const part of upload.controls) {
      const firstOther = part.results.findIndex((r) => r.status !== 'fail' || r.suppressed);
      const lastFail = part.results.findLastIndex((r) => r.status === 'fail' && !r.suppressed);
      if (firstOther >= 0 && lastFail >= 0) expect(lastFail).toBeLessThan(firstOther);
    }
  });

  it('shortens the lists, never the counts, to fit the server body limit', async () => {
    const report = await sampleReport();
    const template = report.results.find((r) => r.status === 'fail')!;
    const many = Array.from({ length: 6000 }, (_, i) => ({
      ...template,
      resource: { address: `aws_instance.web[${i}]`, kind: template.resource!.kind },
      message: 'x'.repeat(300),
      suppression: undefined,
    }));
    const upload = toScanUpload(
      { ...report, results: [...report.results, ...many] },
      {
        source: 'y'.repeat(400),
        toolVersion: '0.1.0',
      },
    );
    expect(Buffer.byteLength(JSON.stringify(upload))).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    expect(upload.source).toHaveLength(300);
    const part = upload.controls.find((c) => c.controlId === template.controls[0])!;
    expect(part.counts.fail).toBeGreaterThanOrEqual(6000);
    expect(part.results.length).toBeLessThan(6000);
  });
});
