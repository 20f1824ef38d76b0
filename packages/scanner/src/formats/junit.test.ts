import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, sampleReport } from '../../test/report-sample.js';
import type { ScanReport } from '../runner/scan.js';
import { formatJunit } from './junit.js';
import { xmlAttr, xmlSafe, xmlText } from './xml-text.js';

type Attrs = Record<string, string>;
type Outcome = Attrs & { '#text'?: string };
interface TestCase extends Attrs {}
interface Parsed {
  testsuites: Attrs & {
    testsuite: (Attrs & {
      properties?: { property: Attrs[] };
      testcase?: (TestCase & { failure?: Outcome; error?: Outcome; skipped?: Outcome })[];
      'system-err'?: string;
    })[];
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

/** True when the text holds a character XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE; U+FFFF). */
const hasForbidden = (text: string) =>
  [...text].some((c) => {
    const n = c.codePointAt(0) ?? 0;
    return (n < 0x20 && n !== 0x9 && n !== 0xa && n !== 0xd) || n === 0xfffe || n === 0xffff;
  });

let report: ScanReport;
let xml: string;
let doc: Parsed;
beforeAll(async () => {
  report = await sampleReport();
  xml = formatJunit(report, { toolVersion: '9.9.9' });
  doc = parser.parse(xml) as Parsed;
});

const suite = (name: string) => {
  const found = doc.testsuites.testsuite.find((s) => s.name === name);
  if (!found) throw new Error(`no suite ${name}`);
  return found;
};

describe('JUnit XML', () => {
  it('is well-formed XML with no character XML 1.0 forbids', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(hasForbidden(xml)).toBe(false);
    expect(hasForbidden(HOSTILE)).toBe(true);
  });

  it('has a suite per check that ran, plus the input suite, and a test case per result', () => {
    const names = doc.testsuites.testsuite.map((s) => s.name);
    expect(names).toEqual(['input', ...report.checks.map((c) => c.id)]);
    const cases = doc.testsuites.testsuite.flatMap((s) => s.testcase ?? []);
    expect(cases).toHaveLength(report.results.length);
    for (const s of doc.testsuites.testsuite)
      for (const c of s.testcase ?? []) expect(c.classname).toBe(s.name === 'input' ? 'input' : s.name);
  });

  it('counts tests, failures, errors and skipped right in every suite and in total', () => {
    const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    for (const s of doc.testsuites.testsuite) {
      const cases = s.testcase ?? [];
      const counted = {
        tests: cases.length,
        failures: cases.filter((c) => c.failure !== undefined).length,
        errors: cases.filter((c) => c.error !== undefined).length,
        skipped: cases.filter((c) => c.skipped !== undefined).length,
      };
      expect(
        {
          tests: Number(s.tests),
          failures: Number(s.failures),
          errors: Number(s.errors),
          skipped: Number(s.skipped),
        },
        s.name,
      ).toEqual(counted);
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += counted[k];
    }
    const top = doc.testsuites;
    expect({
      tests: Number(top.tests),
      failures: Number(top.failures),
      errors: Number(top.errors),
      skipped: Number(top.skipped),
    }).toEqual(totals);
    // 10 planted failures + the hostile one, 2 of them suppressed; an unknown; an input and a check error.
    expect(totals).toEqual({ tests: report.results.length, failures: 9, errors: 2, skipped: 3 });
  });

  it('gives times in seconds: a suite takes its check run, the total is their sum', () => {
    let sum = 0;
    for (const run of report.runs) {
      const s = suite(run.checkId);
      expect(s.time).toBe((run.durationMs / 1000).toFixed(3));
      sum += run.durationMs / 1000;
      const cases = s.testcase ?? [];
      for (const c of cases) expect(Number(c.time)).toBeCloseTo(run.durationMs / 1000 / cases.length, 3);
    }
    expect(Number(doc.testsuites.time)).toBeCloseTo(sum, 3);
    expect(doc.testsuites.timestamp).toBe(report.scannedAt);
  });

  it('reports a failure with its severity, location, message, fix and controls', () => {
    const ssh = suite('aws-ec2-no-ssh-from-internet').testcase?.find((c) => c.failure);
    expect(ssh).toMatchObject({
      classname: 'aws-ec2-no-ssh-from-internet',
      name: expect.stringMatching(/^AWS::EC2::SecurityGroup BastionSecurityGroup/),
      file: 'acme/cloudformation/platform.yaml',
      line: '83',
      failure: { type: 'high', message: expect.stringContaining('0.0.0.0/0') },
    });
    const body = ssh?.failure?.['#text'] ?? '';
    expect(body.split('\n')[0]).toBe('acme/cloudformation/platform.yaml:83');
    expect(body).toMatch(/\nFix: .+/);
    expect(body).toMatch(/\nControls: 13\.1\.3, CLD\.9\.5\.2, CLD\.13\.1\.4$/);
    expect(suite('aws-ec2-no-ssh-from-internet').properties?.property).toContainEqual({
      name: 'severity',
      value: 'high',
    });
  });

  it('skips unknown and suppressed results with the reason, and reports errors as errors', () => {
    const unknown = suite('aws-ec2-ebs-encrypted').testcase?.find((c) => c.skipped);
    expect(unknown?.skipped?.message).toBe(
      'unknown: encryption is unknown (parameter EncryptVolumes has no default)',
    );
    const suppressed = suite('aws-s3-versioning-enabled').testcase?.find((c) => c.skipped);
    expect(suppressed?.failure).toBeUndefined();
    expect(suppressed?.skipped?.message).toBe(
      'suppressed (config entry at .nimbus.yaml:4, until 2027-06-30): access logs are write-once; versioning adds ' +
        'cost, risk accepted by CISO [fail: versioning is not configured: overwritten and deleted objects cannot ' +
        'be recovered]',
    );
    const inline = suite('k8s-no-latest-image-tag').testcase?.find((c) => c.skipped);
    expect(inline?.skipped?.message).toMatch(
      /^suppressed \(inline comment at acme\/kubernetes\/storefront\.yaml:20\)/,
    );
    const input = suite('input');
    expect(input.testcase).toEqual([
      expect.objectContaining({
        classname: 'input',
        name: 'broken/broken.yaml',
        line: '13',
        error: expect.objectContaining({
          type: 'input-error',
          message: 'cannot parse: flow sequence is not closed',
        }),
      }),
    ]);
    expect(input['system-err']).toBe('warning: acme/link.yaml:1 symbolic link not followed');
    const crash = suite('aws-kms-key-rotation').testcase?.find((c) => c.error);
    expect(crash?.error).toMatchObject({ type: 'check-error', message: 'check failed: boom' });
  });

  it('round-trips a hostile resource name; characters XML cannot carry become U+FFFD', () => {
    const hostile = suite('k8s-read-only-root-filesystem').testcase?.find((c) =>
      c.name?.startsWith('Deployment/x/'),
    );
    const expected = HOSTILE.replaceAll('\u0000', '\uFFFD').replaceAll('\u0007', '\uFFFD');
    expect(hostile?.name).toBe(`${expected} (container "${expected}")`);
    expect(hostile?.file).toBe('acme/kubernetes/<odd> "name".yaml');
    expect(hostile?.failure?.message).toBe(`root filesystem is writable in ${expected}`);
    expect(hostile?.failure?.['#text']).toContain(`]]>&amp;\uFFFD\uFFFD🙂 שלום`);
    expect(xml).not.toContain('<script>');
  });

  it('escapes text and attributes, keeping line breaks in attributes', () => {
    expect(xmlText('a < b && c > d ]]>')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt;');
    expect(xmlAttr(`"it's"\n\ttab\r`)).toBe('&quot;it&apos;s&quot;&#10;&#9;tab&#13;');
    expect(xmlSafe('a\u0000b\uFFFEc\uD800d🙂')).toBe('a\uFFFDb\uFFFDc\uFFFDd🙂');
    const parsed = parser.parse(`<x a="${xmlAttr('two\nlines')}">${xmlText('x\r\ny')}</x>`) as {
      x: { a: string; '#text': string };
    };
    expect(parsed.x).toEqual({ a: 'two\nlines', '#text': 'x\r\ny' });
  });

  it('writes a valid document for a scan with no results', () => {
    const empty = formatJunit(
      { ...report, checks: [], runs: [], results: [], warnings: [] },
      { toolVersion: '1' },
    );
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).toContain('<testsuites name="Nimbus 1 scan" tests="0" failures="0" errors="0" skipped="0"');
  });
});
