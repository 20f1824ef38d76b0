import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_FORMATS } from '@nimbus/scanner';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { oscalValidator } from '../../core/test/oscal-validator.js';
import { FORMATS } from '../src/commands/scan.js';
import { hasStackTrace, nimbus, REPO } from './run-cli.js';

const FIXTURES = join(REPO, 'packages/scanner/test/fixtures');
const scan = (args: string[]) => nimbus(['scan', 'acme', ...args], { cwd: FIXTURES });
const tempDir = () => mkdtempSync(join(tmpdir(), 'nimbus-formats-'));

/** What the JSON report of the same scan says: the other formats must agree with it, whatever checks exist. */
let base: {
  checks: { id: string }[];
  results: unknown[];
  summary: { results: { pass: number; fail: number; unknown: number; error: number } };
};
beforeAll(() => {
  base = JSON.parse(scan(['--format', 'json']).stdout);
  expect(base.summary.results.fail).toBeGreaterThan(0);
});

const wrote = (format: string, file: string) => {
  const c = base.summary.results;
  return `wrote the ${format} report to ${file}: ${c.fail} failed, ${c.pass} passed, ${c.unknown} unknown, ${c.error} error(s)`;
};

describe('nimbus scan output formats', () => {
  it('offers the same formats as the scanner renders', () => {
    expect([...FORMATS]).toEqual([...OUTPUT_FORMATS]);
  });

  it('prints JUnit XML with a suite per check and the failures counted', () => {
    const r = scan(['--format', 'junit']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout) as {
      testsuites: { tests: string; failures: string; errors: string; testsuite: { name: string }[] };
    };
    expect(doc.testsuites).toMatchObject({
      tests: String(base.results.length),
      failures: String(base.summary.results.fail),
      errors: '0',
    });
    // A suite per check, after one for the inputs (the fixture's Service is not checked: a warning).
    expect(base.warnings).toHaveLength(1);
    expect(doc.testsuites.testsuite.map((s) => s.name)).toEqual(['input', ...base.checks.map((c) => c.id)]);
  });

  it('writes CSV to a file with -o: a header and a row per result', () => {
    const file = join(tempDir(), 'scan.csv');
    const r = scan(['--format', 'csv', '-o', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${wrote('csv', file)}\n`);
    const rows: Record<string, string>[] = parseCsv(readFileSync(file, 'utf8'), { columns: true });
    expect(rows).toHaveLength(base.results.length);
    expect(rows.filter((x) => x.status === 'fail').map((x) => x.check)).toContain(
      'k8s-no-cluster-admin-binding',
    );
  });

  it('prints OSCAL assessment results that validate against the OSCAL schema', () => {
    const r = scan(['--format', 'oscal']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const validate = oscalValidator();
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc['assessment-results'].results[0].observations).toHaveLength(base.results.length);
  });

  it('prints one self-contained HTML page', () => {
    const r = scan(['--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(r.stdout).toContain(`<h2 id="findings-title">Findings (${base.summary.results.fail} failed)</h2>`);
    expect(r.stdout).not.toMatch(/<(script|img|link)[^>]+(src|href)=/);
  });

  it('writes several reports in one run with --report, the main format still on standard output', () => {
    const dir = tempDir();
    const files = {
      sarif: join(dir, 'scan.sarif'),
      html: join(dir, 'report.html'),
      junit: join(dir, 'junit.xml'),
      csv: join(dir, 'results.csv'),
      oscal: join(dir, 'assessment-results.json'),
    };
    const r = scan([
      '--format',
      'json',
      ...Object.entries(files).flatMap(([format, file]) => ['--report', `${format}=${file}`]),
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.results).toEqual(base.summary.results);
    expect(r.stderr.trimEnd().split('\n')).toEqual(Object.entries(files).map(([f, file]) => wrote(f, file)));
    expect(JSON.parse(readFileSync(files.sarif, 'utf8')).runs[0].results).toHaveLength(
      base.summary.results.fail + base.summary.results.unknown,
    );
    expect(readFileSync(files.html, 'utf8')).toContain('Nimbus scan report');
    expect(readFileSync(files.junit, 'utf8')).toMatch(/^<\?xml /);
    expect(readFileSync(files.csv, 'utf8').split('\r\n')[0]).toMatch(/^status,severity,check,/);
    expect(JSON.parse(readFileSync(files.oscal, 'utf8'))).toHaveProperty('assessment-results');
  });

  it('writes -o and --report files together, relative paths from the working directory', () => {
    const dir = tempDir();
    const r = nimbus(
      [
        'scan',
        join(FIXTURES, 'acme'),
        '--format',
        'sarif',
        '-o',
        'main.sarif',
        '--report',
        'table=summary.txt',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(wrote('sarif', join(dir, 'main.sarif')));
    expect(readFileSync(join(dir, 'summary.txt'), 'utf8')).toContain(
      `\n${base.summary.results.fail} failed (`,
    );
  });

  it('refuses an unknown format, a missing file name and files it cannot write, with exit 2', () => {
    const dir = tempDir();
    const unknown = scan(['--report', 'xml=out.xml']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown report format "xml": use one of table, json, sarif, junit, csv, html, oscal',
    );
    const noFile = scan(['--report', 'sarif']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('no file named: write it as sarif=<file>');
    const empty = scan(['--report', 'html=']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no file named: write it as html=<file>');

    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const isFolder = scan(['--report', `html=${folder}`]);
    expect(isFolder.code).toBe(2);
    expect(isFolder.stderr).toContain(`cannot write the html report to ${folder}: it is a folder`);
    const missing = scan(['--report', `csv=${join(dir, 'nowhere', 'r.csv')}`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      `cannot write the csv report to ${join(dir, 'nowhere', 'r.csv')}: no such folder`,
    );
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, 'x');
    const underFile = scan(['--format', 'junit', '-o', join(plain, 'r.xml')]);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toContain(`${plain} is not a folder`);
    const twice = scan(['--report', `csv=${join(dir, 'r.csv')}`, '--report', `junit=${join(dir, 'r.csv')}`]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('cannot write the junit report to');
    expect(twice.stderr).toContain('the csv report is written there too');

    // Refused before scanning: nothing on standard output, no file written, no stack trace.
    for (const r of [unknown, noFile, isFolder, missing, underFile, twice]) {
      expect(r.stdout).toBe('');
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    expect(existsSync(join(dir, 'r.csv'))).toBe(false);
  });
});
