import { formatLocation } from '../../model/location.js';
import type { ScanResult } from '../../runner/result.js';
import type { ScanReport } from '../../runner/scan.js';
import { isSuppressed } from '../suppressed.js';
import { MAX_HTML_FINDINGS, resourceCell } from './findings-section.js';
import { html, type SafeHtml } from './safe-html.js';

const table = (
  id: string,
  title: string,
  caption: string,
  rows: readonly ScanResult[],
  titles: ReadonlyMap<string, string>,
) =>
  rows.length === 0
    ? html``
    : html`<section aria-labelledby="${id}-title">
<h2 id="${id}-title">${title} (${rows.length})</h2>
${rows.length > MAX_HTML_FINDINGS ? html`<p class="note">The first ${MAX_HTML_FINDINGS} of ${rows.length} are listed here; the JSON, SARIF and CSV reports list every one.</p>` : ''}
<table id="${id}">
<caption>${caption}</caption>
<thead><tr><th scope="col">Check</th><th scope="col">Resource</th><th scope="col">Location</th><th scope="col">Message</th></tr></thead>
<tbody>
${rows.slice(0, MAX_HTML_FINDINGS).map(
  (
    r,
  ) => html`<tr><td>${titles.get(r.checkId) ?? (r.checkId === 'input' ? 'Input file' : r.checkId)}<br><small><code>${r.checkId}</code></small></td><td>${resourceCell(r)}</td><td><code>${formatLocation(r.location)}</code></td><td>${r.message}</td></tr>
`,
)}</tbody>
</table>
</section>`;

/** Results that could not be decided from the source, errors (unreadable inputs, crashed checks) and warnings. */
export const otherSections = (report: ScanReport): SafeHtml => {
  const titles = new Map(report.checks.map((c) => [c.id, c.title]));
  const unknown = report.results.filter((r) => r.status === 'unknown' && !isSuppressed(r));
  const errors = report.results.filter((r) => r.status === 'error');
  return html`${table('unknown', 'Unknown', 'Values only known at deploy time: these results could not be decided from the source', unknown, titles)}
${table('errors', 'Errors', 'Inputs that could not be read or parsed, and checks that failed to run', errors, titles)}
${
  report.warnings.length > 0 &&
  html`<section aria-labelledby="warnings-title">
<h2 id="warnings-title">Warnings (${report.warnings.length})</h2>
<ul>${report.warnings.slice(0, MAX_HTML_FINDINGS).map((w) => html`<li><code>${formatLocation(w.location)}</code> ${w.message}</li>`)}</ul>
${report.warnings.length > MAX_HTML_FINDINGS ? html`<p class="note">The first ${MAX_HTML_FINDINGS} of ${report.warnings.length} warnings are listed here; the JSON report lists every one.</p>` : ''}
</section>`
}`;
};
