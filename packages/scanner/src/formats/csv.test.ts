import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, sampleReport } from '../../test/report-sample.js';
import type { ScanReport } from '../runner/scan.js';
import { CSV_COLUMNS, formatCsv } from './csv.js';

let report: ScanReport;
let csv: string;
let rows: Record<string, string>[];
beforeAll(async () => {
  report = await sampleReport();
  csv = formatCsv(report, { toolVersion: '0.1.0' });
  // A strict RFC 4180 reader: CRLF records, quotes only around whole cells, no BOM handling needed.
  rows = parse(csv, { columns: true, record_delimiter: '\r\n', relax_quotes: false, bom: false });
});

describe('CSV output', () => {
  it('starts with the header row, without a byte order mark, and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(
      'status,severity,check,check title,resource,resource kind,subject,file,line,message,remediation,controls,suppressed',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    // Bare LF only appears inside quoted cells: outside quotes, every line break is CRLF.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  });

  it('has one row per result, with every column in order', () => {
    expect(rows).toHaveLength(report.results.length);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    const imds = rows.find((r) => r.check === 'aws-ec2-imdsv2-required' && r.status === 'fail');
    expect(imds).toEqual({
      status: 'fail',
      severity: 'high',
      check: 'aws-ec2-imdsv2-required',
      'check title': 'EC2 instances require IMDSv2 (session tokens) for instance metadata',
      resource: 'AWS::EC2::Instance Bastion',
      'resource kind': 'aws.ec2.instance',
      subject: '',
      file: 'acme/cloudformation/platform.yaml',
      line: '110',
      message: expect.stringContaining('IMDSv1'),
      remediation: expect.any(String),
      controls: 'CLD.9.5.2',
      suppressed: '',
    });
    const ssh = rows.find((r) => r.check === 'aws-ec2-no-ssh-from-internet' && r.status === 'fail');
    expect(ssh?.controls).toBe('13.1.3;CLD.9.5.2;CLD.13.1.4');
    expect(rows.filter((r) => r.status === 'pass')).toHaveLength(40);
    expect(rows.find((r) => r.check === 'input')).toMatchObject({
      status: 'error',
      severity: '',
      resource: '',
    });
  });

  it('says which results are suppressed, where and why', () => {
    const suppressed = rows.filter((r) => r.suppressed !== '');
    expect(suppressed.map((r) => [r.check, r.status, r.suppressed])).toEqual([
      [
        'aws-s3-versioning-enabled',
        'fail',
        'suppressed (config entry at .nimbus.yaml:4, until 2027-06-30): access logs are write-once; versioning ' +
          'adds cost, risk accepted by CISO',
      ],
      [
        'k8s-no-latest-image-tag',
        'fail',
        'suppressed (inline comment at acme/kubernetes/storefront.yaml:20): preview environment only',
      ],
    ]);
  });

  it('quotes hostile text so it parses back unchanged, and defuses formulas', () => {
    const hostile = rows.find((r) => r.resource === HOSTILE);
    expect(hostile).toMatchObject({
      subject: `container "${HOSTILE}"`,
      file: 'acme/kubernetes/<odd> "name".yaml',
      message: `root filesystem is writable in ${HOSTILE}`,
      // A spreadsheet would run this as a formula: it gets a leading quote.
      remediation: `'=HYPERLINK("http://evil.example") set readOnlyRootFilesystem`,
    });
    for (const row of rows)
      for (const [column, cell] of Object.entries(row))
        expect(/^[=+\-@\t\r]/.test(cell), `${column}: ${cell}`).toBe(false);
  });

  it('guards every cell a spreadsheet would read as a formula', () => {
    const base = report.results[0];
    if (!base) throw new Error('empty sample');
    const starts = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'];
    const text = formatCsv(
      { ...report, results: starts.map((message) => ({ ...base, message })) },
      { toolVersion: '0.1.0' },
    );
    const parsed: Record<string, string>[] = parse(text, { columns: true, record_delimiter: '\r\n' });
    expect(parsed.map((r) => r.message)).toEqual(starts.map((m) => `'${m}`));
  });

  it('writes only the header for a scan with no results', () => {
    expect(formatCsv({ ...report, results: [] }, { toolVersion: '0.1.0' }).split('\r\n')).toEqual([
      CSV_COLUMNS.join(','),
      '',
    ]);
  });
});
