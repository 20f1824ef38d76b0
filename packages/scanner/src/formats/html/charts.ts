import { SUMMARY_BUCKETS, type SummaryBucket, type SummaryCounts } from '../summary.js';
import { html, type SafeHtml } from './safe-html.js';

/** The summary's buckets, in the order charts and tables show them: suppressed results last. */
export const STATUS_ORDER: readonly SummaryBucket[] = SUMMARY_BUCKETS;

export const STATUS_LABEL: Readonly<Record<SummaryBucket, string>> = {
  pass: 'Passed',
  fail: 'Failed',
  unknown: 'Unknown',
  error: 'Error',
  suppressed: 'Suppressed',
};

type Counts = SummaryCounts;

const total = (counts: Counts) => STATUS_ORDER.reduce((sum, s) => sum + counts[s], 0);

/** Two decimals are plenty for a chart and keep the markup short. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A donut of results by status (suppressed failures and unknowns counted apart). A circle of circumference 100 is drawn once per status with a dash as long as
 * its share, each starting where the previous ended. The figure has a text alternative; the legend beside it
 * repeats every count in words, so colour is never the only signal.
 */
export const donut = (counts: Counts): SafeHtml => {
  const all = total(counts);
  const label = STATUS_ORDER.map((s) => `${counts[s]} ${STATUS_LABEL[s].toLowerCase()}`).join(', ');
  let start = 0;
  const segments = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => {
    const share = (counts[s] / all) * 100;
    const segment = html`<circle class="seg seg-${s}" cx="21" cy="21" r="15.9155" pathLength="100" stroke-dasharray="${num(share)} ${num(100 - share)}" stroke-dashoffset="${num(25 - start)}"></circle>`;
    start += share;
    return segment;
  });
  return html`<figure class="donut">
<svg viewBox="0 0 42 42" width="160" height="160" role="img" aria-labelledby="donut-title">
<title id="donut-title">Results by status: ${label}</title>
<circle class="seg seg-empty" cx="21" cy="21" r="15.9155"></circle>
${segments}
<text x="21" y="21" class="donut-total">${all}</text>
<text x="21" y="26" class="donut-caption">results</text>
</svg>
<figcaption><ul class="legend">${STATUS_ORDER.map(
    (s) =>
      html`<li><span class="swatch swatch-${s}" aria-hidden="true"></span>${STATUS_LABEL[s]}: <strong>${counts[s]}</strong></li>`,
  )}</ul></figcaption>
</figure>`;
};

/**
 * One stacked horizontal bar of a control's results (pass, fail, unknown, error, suppressed from left to right). It is
 * decoration: the same numbers are in the table cells beside it, so it is hidden from assistive technology.
 */
export const stackedBar = (counts: Counts): SafeHtml => {
  const all = total(counts);
  let x = 0;
  const rects = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => {
    const width = (counts[s] / all) * 100;
    const rect = html`<rect class="seg-${s}" x="${num(x)}" y="0" width="${num(width)}" height="10"></rect>`;
    x += width;
    return rect;
  });
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" width="160" height="12" aria-hidden="true" focusable="false">${rects}</svg>`;
};
