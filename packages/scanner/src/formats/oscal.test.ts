import { OSCAL_VERSION } from '@nimbus/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { oscalValidator } from '../../../core/test/oscal-validator.js';
import { testCatalog } from '../../test/helpers.js';
import { HOSTILE, SAMPLE_NOW, sampleReport } from '../../test/report-sample.js';
import type { ScanResult } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import { controlState, formatOscal, oscalControlId, toOscalAssessmentResults } from './oscal.js';

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;

const errorsOf = (doc: unknown) => {
  const validate = oscalValidator();
  return validate(doc)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).slice(0, 10);
};

type Doc = ReturnType<typeof toOscalAssessmentResults>;
const options = {
  toolVersion: '0.1.0',
  frameworkName: 'ISO/IEC 27017:2015',
  controlTitle: (id: string) => testCatalog().findControl(id)?.title,
};

let report: ScanReport;
let doc: Doc;
beforeAll(async () => {
  report = await sampleReport();
  doc = toOscalAssessmentResults(report, options);
});

const result = () => {
  const r = doc['assessment-results'].results[0];
  if (!r) throw new Error('no result');
  return r;
};

describe('OSCAL assessment results', () => {
  it('validate against the official OSCAL complete schema (passes, fails, unknowns, errors, suppressions)', () => {
    const statuses = new Set(report.results.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['error', 'fail', 'pass', 'unknown']);
    expect(report.results.some((r) => r.suppression)).toBe(true);
    expect(errorsOf(doc)).toEqual([]);
    expect(errorsOf(JSON.parse(formatOscal(report, { toolVersion: '0.1.0' })))).toEqual([]);
  });

  it('has the metadata of the scan and imports a placeholder plan kept in the back matter', () => {
    const ar = doc['assessment-results'];
    expect(ar.metadata).toMatchObject({
      title: 'Nimbus configuration scan against ISO/IEC 27017:2015',
      'last-modified': SAMPLE_NOW.toISOString(),
      version: `scan ${SAMPLE_NOW.toISOString()} (nimbus 0.1.0)`,
      'oscal-version': OSCAL_VERSION,
    });
    const plan = ar['back-matter'].resources[0];
    expect(ar['import-ap'].href).toBe(`#${plan?.uuid}`);
    expect(plan?.description).toContain('- aws-ec2-imdsv2-required: EC2 instances require IMDSv2');
    expect(result().start).toBe(SAMPLE_NOW.toISOString());
  });

  it('reviews the controls the checks gave evidence for, with the ids of the OSCAL catalog export', () => {
    expect(oscalControlId('CLD.9.5.2')).toBe('cld.9.5.2');
    expect(oscalControlId('12.4.1')).toBe('c-12.4.1');
    const included = result()['reviewed-controls']['control-selections'][0];
    const ids =
      included && 'include-controls' in included
        ? included['include-controls'].map((c) => c['control-id'])
        : [];
    const expected = [...new Set(report.results.flatMap((r) => r.controls))];
    expect(ids.sort()).toEqual(expected.map(oscalControlId).sort());
    expect(ids).toContain('cld.9.5.2');
    expect(ids).toContain('c-9.2.3');
  });

  it('has an observation per result, with the resource as subject and file:line as evidence', () => {
    const observations = result().observations ?? [];
    expect(observations).toHaveLength(report.results.length);
    const imds = observations.find(
      (o) => o.title.startsWith('EC2 instances require IMDSv2') && o.props.some((p) => p.value === 'fail'),
    );
    expect(imds).toMatchObject({
      methods: ['TEST'],
      types: ['finding'],
      collected: SAMPLE_NOW.toISOString(),
      subjects: [{ type: 'inventory-item', title: 'AWS::EC2::Instance Bastion' }],
      'relevant-evidence': [
        { href: 'acme/cloudformation/platform.yaml', description: 'acme/cloudformation/platform.yaml:110' },
      ],
    });
    expect(imds?.props).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'check-id', value: 'aws-ec2-imdsv2-required' }),
        expect.objectContaining({ name: 'severity', value: 'high' }),
      ]),
    );
    const items = result()['local-definitions']['inventory-items'] ?? [];
    const subject = imds?.subjects?.[0]?.['subject-uuid'];
    expect(items.map((i) => i.uuid)).toContain(subject);
    const suppressed = observations.filter((o) => o.props.some((p) => p.name === 'suppressed'));
    expect(suppressed.map((o) => o.props.find((p) => p.name === 'suppressed')?.value)).toEqual([
      'config',
      'inline',
    ]);
    expect(suppressed[0]?.remarks).toContain('access logs are write-once');
  });

  it('has a finding per control: satisfied when all pass, not satisfied when one fails, other when undecided', () => {
    const findings = result().findings ?? [];
    const byControl = new Map(findings.map((f) => [f.target['target-id'], f]));
    expect(byControl.get('c-9.2.3')?.target.status).toEqual({ state: 'not-satisfied', reason: 'fail' });
    expect(byControl.get('c-12.1.3')?.target.status).toEqual({ state: 'satisfied', reason: 'pass' });
    // 10.1.2: the KMS rotation check crashed on one key, the S3 KMS check failed: not satisfied for the failure.
    expect(byControl.get('c-10.1.2')?.target.status.reason).toBe('fail');
    expect(byControl.get('c-9.2.3')?.title).toBe('9.2.3 Management of privileged access rights');
    const observations = new Set((result().observations ?? []).map((o) => o.uuid));
    for (const f of findings) {
      expect(f.target.type).toBe('objective-id');
      for (const r of f['related-observations']) expect(observations.has(r['observation-uuid'])).toBe(true);
    }
    const versioning = byControl.get('c-12.3.1');
    expect(versioning?.remarks).toContain('suppressed (config entry at .nimbus.yaml:4');
    // Counted as the summary counts it (the suppressed failure apart), though it still keeps the control from
    // being satisfied: a suppression accepts a failure, it does not make it pass.
    expect(versioning?.description).toMatch(
      /^2 passed, 0 failed, 1 suppressed, 0 unknown, 0 errors from the checks /,
    );
    expect(versioning?.target.status).toEqual({ state: 'not-satisfied', reason: 'fail' });
  });

  it('decides a control from its results', () => {
    const r = (status: ScanResult['status']): ScanResult => ({
      checkId: 'c',
      status,
      location: { file: 'f', line: 1 },
      message: 'm',
      controls: ['1.1.1'],
    });
    expect(controlState([r('pass'), r('pass')])).toEqual({ state: 'satisfied', reason: 'pass' });
    expect(controlState([r('pass'), r('fail'), r('unknown')])).toEqual({
      state: 'not-satisfied',
      reason: 'fail',
    });
    expect(controlState([r('pass'), r('unknown')])).toEqual({ state: 'not-satisfied', reason: 'other' });
    expect(controlState([r('error')])).toEqual({ state: 'not-satisfied', reason: 'other' });
  });

  it('uses valid, unique and repeatable UUIDs', () => {
    const text = JSON.stringify(doc);
    const uuids = [...text.matchAll(/"uuid":"([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(uuids.length).toBeGreaterThan(report.results.length);
    for (const u of uuids) expect(u).toMatch(UUID);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(JSON.stringify(toOscalAssessmentResults(report, options))).toBe(text);
  });

  it('keeps a hostile resource name as inert Markdown text and valid OSCAL strings', () => {
    const hostile = (result().observations ?? []).find((o) => o.subjects?.[0]?.title.includes('alert(1)'));
    expect(hostile?.subjects?.[0]?.title).not.toContain('<script>');
    expect(hostile?.subjects?.[0]?.title).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(hostile?.['relevant-evidence'][0]?.href).toBe('acme/kubernetes/%3Codd%3E%20%22name%22.yaml');
    expect(HOSTILE).toContain('<script>');
  });

  it('is checked by a schema that does refuse what OSCAL forbids', () => {
    const bad = structuredClone(doc) as unknown as {
      'assessment-results': { results: { findings: { target: { 'target-id': string } }[] }[] };
    };
    const finding = bad['assessment-results'].results[0]?.findings[0];
    if (!finding) throw new Error('no finding');
    finding.target['target-id'] = '12.4.1'; // an OSCAL id cannot start with a digit: hence `c-12.4.1`
    const validate = oscalValidator();
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toContain(
      '/assessment-results/results/0/findings/0/target/target-id must match pattern "^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$"',
    );
  });

  it('validates for a scan that gave evidence for no control', () => {
    const empty = toOscalAssessmentResults({ ...report, results: [], checks: [], warnings: [] }, options);
    expect(errorsOf(empty)).toEqual([]);
  });
});
