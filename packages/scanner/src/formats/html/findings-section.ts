import type { Check } from '../../checks/check.js';
import { SEVERITIES } from '../../checks/check.js';
import { formatLocation } from '../../model/location.js';
import type { ScanResult } from '../../runner/result.js';
import { compareControlIds, severityRank } from '../summary.js';
import { isSuppressed, suppressionSource } from '../suppressed.js';
import { html, type SafeHtml } from './safe-html.js';

/** `Deployment/shop/web` and, when the result is about a part of it, that part. */
export const resourceCell = (r: ScanResult): SafeHtml =>
  html`${r.resource?.address ?? ''}${r.subject && r.subject !== r.resource?.address ? html`<br><small>${r.subject}</small>` : ''}`;

export const severityBadge = (severity: string | undefined): SafeHtml =>
  severity ? html`<span class="sev sev-${severity}">${severity}</span>` : html``;

/** Only web links become links; anything else in a reference is shown as text. */
const reference = (url: string): SafeHtml =>
  /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noreferrer noopener">${url}</a>` : html`${url}`;

const fix = (r: ScanResult, check: Check | undefined): SafeHtml => {
  const summary = r.remediation ?? check?.remediation.summary;
  if (!summary && !check) return html``;
  return html`<details><summary>How to fix</summary>
<p>${summary}</p>
${
  check &&
  html`<p><strong>Terraform</strong></p><pre><code>${check.remediation.terraform}</code></pre>
<p><strong>CLI</strong></p><pre><code>${check.remediation.cli}</code></pre>
${check.references.length > 0 && html`<p><strong>References</strong></p><ul>${check.references.map((u) => html`<li>${reference(u)}</li>`)}</ul>`}`
}
</details>`;
};

const row = (r: ScanResult, checks: ReadonlyMap<string, Check>): SafeHtml => {
  const check = checks.get(r.checkId);
  const suppressed = isSuppressed(r) ? r.suppression : undefined;
  return html`<tr class="${suppressed ? 'suppressed' : ''}" data-severity="${r.severity ?? ''}" data-check="${r.checkId}" data-controls="${r.controls.join(' ')}" data-suppressed="${suppressed ? 'true' : 'false'}">
<td>${severityBadge(r.severity)}</td>
<td>${suppressed ? html`<span class="tag">Suppressed</span> (${r.status === 'fail' ? 'failed' : 'unknown'})<br><small>${suppressed.reason}</small><br><small>${suppressionSource(suppressed)}</small>` : html`<span class="tag">Failed</span>`}</td>
<td>${check?.title ?? r.checkId}<br><small><code>${r.checkId}</code></small></td>
<td>${resourceCell(r)}</td>
<td><code>${formatLocation(r.location)}</code></td>
<td>${r.message}${fix(r, check)}</td>
<td>${r.controls.join(', ')}</td>
</tr>`;
};

const options = (values: readonly string[], label: (v: string) => string = (v) => v) =>
  values.map((v) => html`<option value="${v}">${label(v)}</option>`);

/**
 * Rows the page lists at most: a browser opens a page of a few thousand rows readily, not one of hundreds of
 * thousands (a large account), and the machine formats list every result anyway.
 */
export const MAX_HTML_FINDINGS = 2_000;

/**
 * The findings table: failures, most severe first, then suppressed failures and unknowns (greyed, with the
 * reason and where the suppression is declared), the first MAX_HTML_FINDINGS of them, saying so when there are
 * more. A form filters by severity, control, check and free text; it appears only when the script runs.
 */
export const findingsSection = (
  results: readonly ScanResult[],
  checkList: readonly Check[],
  controlTitle: (id: string) => string | undefined = () => undefined,
): SafeHtml => {
  const checks = new Map(checkList.map((c) => [c.id, c]));
  const active = results
    .filter((r) => r.status === 'fail' && !isSuppressed(r))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const suppressed = results.filter(isSuppressed);
  const all = [...active, ...suppressed];
  const rows = all.slice(0, MAX_HTML_FINDINGS);
  const controls = [...new Set(rows.flatMap((r) => r.controls))].sort(compareControlIds);
  const checkIds = [...new Set(rows.map((r) => r.checkId))].sort();
  const severities = [...SEVERITIES].reverse().filter((s) => rows.some((r) => r.severity === s));
  if (rows.length === 0)
    return html`<section aria-labelledby="findings-title"><h2 id="findings-title">Findings</h2><p class="empty">No check failed.</p></section>`;
  return html`<section aria-labelledby="findings-title">
<h2 id="findings-title">Findings (${active.length} failed${suppressed.length ? `, ${suppressed.length} suppressed` : ''})</h2>
<form id="filters" class="filters" role="search" aria-label="Filter the findings" hidden>
<label for="filter-severity">Severity<select id="filter-severity"><option value="">All severities</option>${options(severities)}</select></label>
<label for="filter-control">Control<select id="filter-control"><option value="">All controls</option>${options(controls, (id) => `${id} ${controlTitle(id) ?? ''}`.trim())}</select></label>
<label for="filter-check">Check<select id="filter-check"><option value="">All checks</option>${options(checkIds, (id) => checks.get(id)?.title ?? id)}</select></label>
<label for="filter-text">Text<input type="search" id="filter-text" placeholder="resource, file, message…"></label>
<label class="check" for="filter-suppressed"><input type="checkbox" id="filter-suppressed" checked>Show suppressed</label>
</form>
${all.length > rows.length ? html`<p class="note">The ${rows.length} most severe of ${all.length} findings are listed here; the JSON, SARIF and CSV reports list every one.</p>` : ''}
<p id="filter-count" class="count" aria-live="polite">${rows.length} findings</p>
<table id="findings">
<caption>Failed checks by resource, most severe first; suppressed results last, greyed</caption>
<thead><tr><th scope="col">Severity</th><th scope="col">Status</th><th scope="col">Check</th><th scope="col">Resource</th><th scope="col">Location</th><th scope="col">Message and fix</th><th scope="col">Controls</th></tr></thead>
<tbody>
${rows.map((r) => row(r, checks))}
</tbody>
</table>
</section>`;
};
