import { describe, expect, it } from 'vitest';
import { realCatalog } from '../../test/real-catalog.js';
import type { ResultStatus } from '../assessment/vocabulary.js';
import { isNimbusError } from '../errors/nimbus-error.js';
import { toCsv } from '../export/csv.js';
import { buildSoa, combineStatuses, type SoaResultInput, soaTable } from './build-soa.js';

const catalog = realCatalog();

const result = (
  controlId: string,
  status: ResultStatus,
  extra: Partial<SoaResultInput> = {},
): SoaResultInput => ({
  controlId,
  applicable: status !== 'not-applicable',
  justification: '',
  status,
  implementation: '',
  evidence: [],
  ...extra,
});

/** A few assessed controls of ISO/IEC 27017:2015; everything else stays not assessed. */
const results: SoaResultInput[] = [
  result('12.4.1', 'implemented', {
    implementation: 'CloudTrail in all regions',
    evidence: [{ title: 'Trail configuration', sha256: 'ab'.repeat(32) }],
  }),
  result('12.4.2', 'partially-implemented', {
    implementation: 'Log bucket has object lock',
    evidence: [{ title: 'Runbook', sha256: null }],
  }),
  result('12.4.3', 'not-applicable', { justification: 'No administrators outside the managed service' }),
  result('8.1.1', 'implemented'),
  result('CLD.6.3.1', 'planned'),
];

describe('combineStatuses', () => {
  it('is implemented only when every relevant source is', () => {
    expect(combineStatuses(['implemented', 'implemented'])).toBe('implemented');
    expect(combineStatuses(['implemented', 'not-applicable'])).toBe('implemented');
  });

  it('is partially implemented when some but not all sources are implemented', () => {
    expect(combineStatuses(['implemented', 'not-implemented'])).toBe('partially-implemented');
    expect(combineStatuses(['implemented', 'partially-implemented', 'not-applicable'])).toBe(
      'partially-implemented',
    );
    expect(combineStatuses(['not-assessed', 'implemented'])).toBe('partially-implemented');
  });

  it('is not applicable when every source is excluded', () => {
    expect(combineStatuses(['not-applicable', 'not-applicable'])).toBe('not-applicable');
  });

  it('is not assessed without sources or when nothing was assessed', () => {
    expect(combineStatuses([])).toBe('not-assessed');
    expect(combineStatuses(['not-assessed', 'not-applicable'])).toBe('not-assessed');
  });

  it('prefers planned over not assessed and not implemented', () => {
    expect(combineStatuses(['not-assessed', 'planned'])).toBe('planned');
    expect(combineStatuses(['planned', 'not-implemented'])).toBe('planned');
    expect(combineStatuses(['not-implemented', 'not-assessed'])).toBe('not-implemented');
  });
});

describe('buildSoa on the real catalog', () => {
  it('gives one row per control in catalog order in its own numbering', () => {
    const soa = buildSoa(catalog, 'iso27017:2015', results, '2015');
    const fw = catalog.framework('iso27017:2015');
    expect(soa).toMatchObject({ framework: 'iso27017:2015', numbering: '2015' });
    expect(soa.rows.map((r) => r.control)).toEqual(fw.controls.map((c) => c.id));
    expect(soa.rows).toHaveLength(121);
    expect(soa.rows.find((r) => r.control === '12.4.1')).toMatchObject({
      group: '12 Operations security',
      sources: ['12.4.1'],
      applicable: true,
      status: 'implemented',
      implementation: 'CloudTrail in all regions',
      evidence: [`Trail configuration (sha256:${'ab'.repeat(6)})`],
    });
    expect(soa.rows.find((r) => r.control === '12.4.3')).toMatchObject({
      applicable: false,
      status: 'not-applicable',
      justification: 'No administrators outside the managed service',
    });
    expect(soa.rows.find((r) => r.control === 'CLD.6.3.1')?.status).toBe('planned');
    // A control without a result is reported as unknown, never as applicable.
    expect(soa.rows.find((r) => r.control === '5.1.1')).toMatchObject({
      applicable: null,
      status: 'not-assessed',
    });
  });

  it('merges the 2015 controls into ISO/IEC 27001:2022 Annex A rows and appends the cloud controls', () => {
    const soa = buildSoa(catalog, 'iso27017:2015', results, '2022');
    const annex = catalog.framework('iso27002:2022');
    expect(soa.rows).toHaveLength(annex.controls.length + 7);
    expect(soa.rows.slice(0, annex.controls.length).map((r) => r.control)).toEqual(
      annex.controls.map((c) => c.id),
    );
    expect(soa.rows.slice(-7).every((r) => r.control.startsWith('CLD.'))).toBe(true);
    const logging = soa.rows.find((r) => r.control === '8.15')!;
    expect(logging).toMatchObject({
      sources: ['12.4.1', '12.4.2', '12.4.3'],
      applicable: true,
      status: 'partially-implemented',
      justification: '12.4.3: No administrators outside the managed service',
      implementation: 'CloudTrail in all regions\n\nLog bucket has object lock',
    });
    expect(logging.evidence).toEqual([`Trail configuration (sha256:${'ab'.repeat(6)})`, 'Runbook']);
    expect(soa.rows.find((r) => r.control === '5.7')).toMatchObject({
      sources: [],
      applicable: null,
      status: 'not-assessed',
      justification: expect.stringMatching(/^New in ISO\/IEC 27002:2022/),
    });
    // Cloud-extended controls never hide inside an Annex A row.
    expect(soa.rows.slice(0, -7).some((r) => r.sources.some((s) => s.startsWith('CLD.')))).toBe(false);
  });

  it('keeps the own rows of an assessment of ISO/IEC 27002:2022 in 2022 numbering', () => {
    const soa = buildSoa(catalog, 'iso27002:2022', [result('8.15', 'implemented')], '2022');
    expect(soa.rows).toHaveLength(93);
    expect(soa.rows.find((r) => r.control === '8.15')).toMatchObject({
      sources: ['8.15'],
      status: 'implemented',
      justification: '',
    });
  });

  it('refuses 2022 numbering for a framework without a published crosswalk', () => {
    let error: unknown;
    try {
      buildSoa(catalog, 'iso27018:2019', [], '2022');
    } catch (e) {
      error = e;
    }
    expect(isNimbusError(error) && error.code).toBe('EXPORT_FORMAT_UNSUPPORTED');
  });

  it('renders as a table with the crosswalk column only in 2022 numbering', () => {
    const own = soaTable(buildSoa(catalog, 'iso27017:2015', results, '2015'), 'ISO/IEC 27017:2015');
    expect(own.title).toBe('Statement of Applicability (ISO/IEC 27017:2015)');
    expect(own.columns.map((c) => c.header)).toEqual([
      'Clause',
      'Control',
      'Title',
      'Applicable',
      'Justification',
      'Implementation status',
      'Implementation',
      'Evidence',
    ]);
    expect(own.rows.find((r) => r[1] === '12.4.3')?.slice(3, 6)).toEqual([
      'No',
      'No administrators outside the managed service',
      'not-applicable',
    ]);
    expect(own.rows.find((r) => r[1] === '5.1.1')?.[3]).toBe('');
    const annex = soaTable(buildSoa(catalog, 'iso27017:2015', results, '2022'), 'ISO/IEC 27017:2015');
    expect(annex.title).toContain('ISO/IEC 27001:2022 Annex A numbering');
    expect(annex.columns[3]?.header).toBe('Assessed as (2015 controls)');
    expect(annex.rows.find((r) => r[1] === '8.15')?.[3]).toBe('12.4.1, 12.4.2, 12.4.3');
    expect(toCsv(own).split('\r\n')[0]).toBe(
      'Clause,Control,Title,Applicable,Justification,Implementation status,Implementation,Evidence',
    );
  });
});
