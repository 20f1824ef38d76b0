import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO } from '../../test/helpers.js';
import { sampleReport } from '../../test/report-sample.js';
import type { ScanReport } from '../runner/scan.js';
import { toSarif } from './sarif.js';

const validator = () => {
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (a: AjvDraft04) => void)(ajv);
  return ajv.compile(
    JSON.parse(readFileSync(join(REPO, 'schemas/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object,
  );
};

let report: ScanReport;
beforeAll(async () => {
  report = await sampleReport();
});

describe('SARIF suppressions', () => {
  it('marks suppressed results (external for .nimbus.yaml, inSource for comments) and stays schema-valid', () => {
    const sarif = toSarif(report, { toolVersion: '0.1.0', cwd: FIXTURES });
    const validate = validator();
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = sarif.runs[0]?.results ?? [];
    const suppressed = results.filter((r) => 'suppressions' in r);
    expect(suppressed.map((r) => [r.ruleId, r.suppressions])).toEqual([
      [
        'aws-s3-versioning-enabled',
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'access logs are write-once; versioning adds cost, risk accepted by CISO',
            location: {
              physicalLocation: {
                artifactLocation: { uri: '.nimbus.yaml', uriBaseId: 'SRCROOT' },
                region: { startLine: 4 },
              },
            },
            properties: { expires: '2027-06-30' },
          },
        ],
      ],
      [
        'k8s-no-latest-image-tag',
        [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: 'preview environment only',
            location: {
              physicalLocation: {
                artifactLocation: { uri: 'acme/kubernetes/storefront.yaml', uriBaseId: 'SRCROOT' },
                region: { startLine: 20 },
              },
            },
          },
        ],
      ],
    ]);
    // The schema does check suppressions: our own vocabulary (`config`) would be refused.
    const wrong = structuredClone(sarif) as unknown as {
      runs: { results: { suppressions?: { kind: string }[] }[] }[];
    };
    const first = wrong.runs[0]?.results.find((r) => r.suppressions)?.suppressions?.[0];
    if (first) first.kind = 'config';
    expect(validate(wrong)).toBe(false);
    // Everything else is reported as before, without a suppressions property.
    expect(results.filter((r) => r.kind === 'fail')).toHaveLength(11);
  });
});
