import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../../test/report-sample.js';
import type { ScanReport } from '../../runner/scan.js';
import { SUMMARY_BUCKETS, summarize } from '../summary.js';
import { MAX_HTML_FINDINGS } from './findings-section.js';
import { formatHtml } from './index.js';
import { escapeHtml, html, raw } from './safe-html.js';
import { SCRIPT } from './script.js';

let report: ScanReport;
let page: string;
let document: Document;
beforeAll(async () => {
  report = await sampleReport();
  page = formatHtml(report, {
    toolVersion: '0.1.0',
    frameworkName: 'ISO/IEC 27017:2015',
    controlTitle: (id) => (id === '9.2.3' ? 'Management of privileged access rights' : undefined),
  });
  // A DOM to inspect the page (scripts off: the filter script is run explicitly below).
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  window.document.write(page);
  document = window.document as unknown as Document;
});

const all = (selector: string) => [...document.querySelectorAll(selector)];
const text = (selector: string) =>
  document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('HTML report', () => {
  it('escapes every value from the scan: a resource named <script> stays text', () => {
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(all('script')).toHaveLength(1);
    const hostile = all('#findings tbody tr').find((tr) => tr.textContent?.includes('alert(1)'));
    expect(hostile?.querySelector('td:nth-child(4)')?.textContent).toContain(
      'Deployment/x/"q\'<script>alert(1)</script>]]>&amp;',
    );
    // NUL and other control characters are replaced, not passed to the page.
    expect([...page].some((c) => (c.codePointAt(0) ?? 0) < 0x20 && !'\t\n\r'.includes(c))).toBe(false);
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;',
    );
    expect(html`<p title="${'"><img src=x>'}">${['<b>', raw('<i>ok</i>')]}${null}${false}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;img src=x&gt;">&lt;b&gt;<i>ok</i></p>',
    );
  });

  it('loads nothing from outside: no src, no stylesheet link, no CSS url(), a deny-all policy', () => {
    expect(all('[src]')).toEqual([]);
    expect(all('link')).toEqual([]);
    expect(page).not.toMatch(/url\(|@import/);
    const linked = all('[href]');
    expect(linked.length).toBeGreaterThan(0);
    for (const el of linked) expect(el.tagName).toBe('A');
    const csp =
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    // Every http(s) URL in the markup is a reference link or escaped text, never something loaded.
    const urls = [...page.matchAll(/https?:\/\//g)].map((m) =>
      page.slice(Math.max(0, (m.index ?? 0) - 12), m.index),
    );
    for (const before of urls) expect(before).toMatch(/<a href="$|noopener">$|&quot;$/);
  });

  it('allows exactly its own stylesheet and script by hash', () => {
    const csp =
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    const style = page.slice(page.indexOf('<style>') + 7, page.indexOf('</style>'));
    const script = page.slice(page.indexOf('<script>') + 8, page.indexOf('</script>'));
    expect(script).toBe(SCRIPT);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
  });

  it('has a header with tool, date, framework and counts', () => {
    const meta = all('header .meta dt')
      .map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`)
      .join('\n');
    expect(meta).toContain('Framework ISO/IEC 27017:2015');
    expect(meta).toContain('Scanned 2026-11-28 12:00:00 UTC');
    expect(meta).toContain('Tool Nimbus 0.1.0');
    expect(meta).toContain(`${report.files.scanned} files scanned, 1 could not be read or parsed`);
    expect(meta).toContain(`Resources ${report.resources}`);
    expect(meta).toContain(`Checks ${report.checks.length}`);
  });

  it('summarizes per control with the same counts as the summary, and a donut of all results', () => {
    const summary = summarize(report);
    const rows = all('#controls tbody tr');
    expect(rows).toHaveLength(summary.controls.length);
    summary.controls.forEach((c, i) => {
      const cells = [...(rows[i]?.querySelectorAll('th, td') ?? [])].map((x) => x.textContent ?? '');
      expect(cells.slice(0, 7)).toEqual([
        c.id,
        c.id === '9.2.3' ? 'Management of privileged access rights' : '',
        ...SUMMARY_BUCKETS.map((s) => String(c.counts[s])),
      ]);
      expect(rows[i]?.querySelectorAll('svg rect').length).toBe(
        Object.values(c.counts).filter((n) => n > 0).length,
      );
    });
    // The two suppressed failures are counted apart, never as failed.
    expect(text('.donut title')).toBe(
      'Results by status: 40 passed, 9 failed, 1 unknown, 2 error, 2 suppressed',
    );
    expect(all('.donut circle.seg:not(.seg-empty)')).toHaveLength(5);
    expect(all('.donut circle.seg-suppressed')).toHaveLength(1);
    expect(all('.legend li').map((li) => li.textContent)).toEqual([
      'Passed: 40',
      'Failed: 9',
      'Unknown: 1',
      'Error: 2',
      'Suppressed: 2',
    ]);
    expect(text('.overview p')).toBe('9 failed, 2 suppressed, 40 passed, 1 unknown, 2 errors.');
    expect(all('#controls thead th').map((th) => th.textContent)).toEqual([
      'Control',
      'Title',
      'Passed',
      'Failed',
      'Unknown',
      'Error',
      'Suppressed',
      'Share',
    ]);
  });

  it('lists failures most severe first, then suppressed ones greyed with the reason, each with its fix', () => {
    const rows = all('#findings tbody tr');
    expect(rows).toHaveLength(11);
    expect(rows.slice(0, 9).map((r) => r.getAttribute('data-severity'))).toEqual([
      'high',
      'high',
      'high',
      'medium',
      'medium',
      'medium',
      'medium',
      'low',
      'low',
    ]);
    const suppressed = rows.slice(9);
    for (const r of suppressed) {
      expect(r.className).toBe('suppressed');
      expect(r.getAttribute('data-suppressed')).toBe('true');
      expect(r.textContent).toContain('Suppressed');
    }
    expect(suppressed[0]?.textContent).toContain('access logs are write-once');
    expect(suppressed[0]?.textContent).toContain('config entry at .nimbus.yaml:4, until 2027-06-30');
    const imds = rows.find((r) => r.getAttribute('data-check') === 'aws-ec2-imdsv2-required');
    expect(imds?.querySelector('td:nth-child(5)')?.textContent).toBe('acme/cloudformation/platform.yaml:110');
    const fix = imds?.querySelector('details');
    expect(fix?.querySelector('summary')?.textContent).toBe('How to fix');
    expect(fix?.textContent).toContain('Terraform');
    expect(fix?.textContent).toContain('aws ec2 modify-instance-metadata-options');
    expect(fix?.querySelector('a[href^="https://"]')?.getAttribute('rel')).toBe('noreferrer noopener');
  });

  it('shows unknowns, errors and warnings', () => {
    expect(all('#unknown tbody tr')).toHaveLength(1);
    expect(all('#errors tbody tr').map((r) => r.querySelector('code')?.textContent)).toEqual([
      'aws-kms-key-rotation',
      'input',
    ]);
    expect(text('#warnings-title + ul')).toBe('acme/link.yaml:1 symbolic link not followed');
  });

  it('labels every filter and uses header cells, so the page reads without colour', () => {
    for (const field of all('#filters select, #filters input')) {
      expect(document.querySelector(`label[for="${field.id}"]`), field.id).not.toBeNull();
    }
    for (const th of all('thead th')) expect(th.getAttribute('scope')).toBe('col');
    for (const th of all('#controls tbody th')) expect(th.getAttribute('scope')).toBe('row');
    expect(all('.sev').every((b) => (b.textContent ?? '').length > 0)).toBe(true);
    expect(document.querySelector('.donut svg')?.getAttribute('role')).toBe('img');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });

  it('filters the findings by severity, control, check, text and suppression with its script', () => {
    new Function('document', SCRIPT)(document);
    const form = document.getElementById('filters') as HTMLFormElement;
    expect(form.hidden).toBe(false);
    const visible = () => all('#findings tbody tr').filter((r) => !(r as HTMLElement).hidden);
    const set = (id: string, value: string) => {
      const el = document.getElementById(id) as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('input'));
    };
    expect(text('#filter-count')).toBe('Showing 11 of 11 findings');
    set('filter-severity', 'high');
    expect(visible().map((r) => r.getAttribute('data-severity'))).toEqual(['high', 'high', 'high']);
    set('filter-severity', '');
    set('filter-control', 'CLD.9.5.2');
    expect(visible().every((r) => r.getAttribute('data-controls')?.split(' ').includes('CLD.9.5.2'))).toBe(
      true,
    );
    expect(visible()).toHaveLength(5);
    set('filter-control', '');
    set('filter-check', 'k8s-no-latest-image-tag');
    expect(visible()).toHaveLength(1);
    set('filter-check', '');
    set('filter-text', 'bastion');
    expect(visible().map((r) => r.getAttribute('data-check'))).toEqual([
      'aws-ec2-no-ssh-from-internet',
      'aws-ec2-imdsv2-required',
      'aws-ec2-no-public-ip',
    ]);
    expect(text('#filter-count')).toBe('Showing 3 of 11 findings');
    set('filter-text', '');
    const toggle = document.getElementById('filter-suppressed') as HTMLInputElement;
    toggle.checked = false;
    toggle.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('change'));
    expect(visible()).toHaveLength(9);
  });

  it('lists the most severe findings of a large scan, saying how many there are and where to find the rest', () => {
    const failure = report.results.find((r) => r.status === 'fail' && r.severity === 'low');
    const severe = report.results.find((r) => r.status === 'fail' && r.severity === 'high');
    if (!failure || !severe) throw new Error('the sample has failures');
    const many = [
      ...Array.from({ length: MAX_HTML_FINDINGS + 10 }, (_, i) => ({ ...failure, message: `low ${i}` })),
      { ...severe, message: 'the severe one' },
    ];
    const large = new Window({ settings: { disableJavaScriptEvaluation: true } });
    large.document.write(formatHtml({ ...report, results: many }, { toolVersion: '0.1.0' }));
    const rows = [...large.document.querySelectorAll('#findings tbody tr')];
    expect(rows).toHaveLength(MAX_HTML_FINDINGS);
    expect(rows[0]?.textContent).toContain('the severe one');
    expect(large.document.querySelector('.note')?.textContent).toBe(
      `The ${MAX_HTML_FINDINGS} most severe of ${MAX_HTML_FINDINGS + 11} findings are listed here; the JSON, SARIF and CSV reports list every one.`,
    );
    expect(document.querySelector('.note')).toBeNull();
    // Unknowns likewise.
    const unknown = report.results.find((r) => r.status === 'unknown' && !r.suppression);
    if (!unknown) throw new Error('the sample has unknowns');
    const unknowns = Array.from({ length: MAX_HTML_FINDINGS + 1 }, () => unknown);
    const page = new Window({ settings: { disableJavaScriptEvaluation: true } });
    page.document.write(formatHtml({ ...report, results: unknowns }, { toolVersion: '0.1.0' }));
    expect(page.document.querySelectorAll('#unknown tbody tr')).toHaveLength(MAX_HTML_FINDINGS);
    expect(page.document.querySelector('.note')?.textContent).toContain(`The first ${MAX_HTML_FINDINGS} of`);
  });

  it('says so when nothing failed', () => {
    const clean = formatHtml(
      { ...report, results: report.results.filter((r) => r.status === 'pass') },
      {
        toolVersion: '0.1.0',
      },
    );
    expect(clean).toContain('No check failed.');
    expect(clean).not.toContain('id="filters"');
  });
});
