import type { ScanReport } from '../../runner/scan.js';
import type { ScanSummary } from '../summary.js';
import { donut, STATUS_LABEL, STATUS_ORDER, stackedBar } from './charts.js';
import { html, type SafeHtml } from './safe-html.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Tool, date, framework and what was scanned. */
export const headerSection = (report: ScanReport, toolVersion: string, framework: string): SafeHtml => {
  const { files } = report;
  return html`<header>
<h1>Nimbus scan report</h1>
<dl class="meta">
<dt>Framework</dt><dd>${framework}</dd>
<dt>Scanned</dt><dd><time datetime="${report.scannedAt}">${report.scannedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')}</time></dd>
<dt>Tool</dt><dd>Nimbus ${toolVersion}</dd>
<dt>Files</dt><dd>${plural(files.scanned, 'file')} scanned${files.failed ? `, ${files.failed} could not be read or parsed` : ''}</dd>
<dt>Resources</dt><dd>${report.resources}</dd>
<dt>Checks</dt><dd>${report.checks.length}</dd>
</dl>
</header>`;
};

/**
 * The donut of all results, then a row per control with its counts and a stacked bar. Suppressed failures and
 * unknowns are counted apart, never as failed or unknown.
 */
export const summarySection = (
  summary: ScanSummary,
  framework: string,
): SafeHtml => html`<section aria-labelledby="summary-title">
<h2 id="summary-title">Summary by control</h2>
<div class="overview">
${donut(summary.counts)}
<p>${summary.counts.fail} failed${summary.counts.suppressed ? `, ${summary.counts.suppressed} suppressed` : ''}, ${summary.counts.pass} passed, ${summary.counts.unknown} unknown, ${plural(summary.counts.error, 'error')}.</p>
</div>
${
  summary.controls.length === 0
    ? html`<p class="empty">No result gave evidence for a control.</p>`
    : html`<table id="controls">
<caption>Results per ${framework} control (a result counts for every control its check gives evidence for)</caption>
<thead><tr><th scope="col">Control</th><th scope="col">Title</th>${STATUS_ORDER.map((s) => html`<th scope="col" class="num">${STATUS_LABEL[s]}</th>`)}<th scope="col">Share</th></tr></thead>
<tbody>
${summary.controls.map(
  (
    c,
  ) => html`<tr><th scope="row">${c.id}</th><td>${c.title ?? ''}</td>${STATUS_ORDER.map((s) => html`<td class="num">${c.counts[s]}</td>`)}<td>${stackedBar(c.counts)}</td></tr>
`,
)}</tbody>
</table>`
}
</section>`;
