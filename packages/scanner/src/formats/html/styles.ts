/**
 * The report's stylesheet, inlined: system fonts, no external resource. Status colours are paired with text
 * everywhere (labels, counts), and pass the WCAG AA contrast ratio against their backgrounds.
 */
export const STYLES = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg-alt: #f6f8fa;
  --pass: #1a7f37; --fail: #cf222e; --unknown: #9a6700; --error: #8250df; --suppressed: #8c959f; --empty: #eaeef2; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 80rem; padding: 1.5rem; color: var(--fg); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.overview { display: flex; flex-wrap: wrap; gap: 2rem; align-items: center; }
.donut { display: flex; gap: 1.5rem; align-items: center; margin: 0; }
.seg { fill: none; stroke-width: 6; }
.seg-empty { stroke: var(--empty); }
circle.seg-pass { stroke: var(--pass); } circle.seg-fail { stroke: var(--fail); }
circle.seg-unknown { stroke: var(--unknown); } circle.seg-error { stroke: var(--error); }
circle.seg-suppressed { stroke: var(--suppressed); }
rect.seg-pass { fill: var(--pass); } rect.seg-fail { fill: var(--fail); }
rect.seg-unknown { fill: var(--unknown); } rect.seg-error { fill: var(--error); }
rect.seg-suppressed { fill: var(--suppressed); }
.donut-total { font-size: 8px; font-weight: 700; text-anchor: middle; dominant-baseline: middle; fill: var(--fg); }
.donut-caption { font-size: 3.5px; text-anchor: middle; fill: var(--muted); }
.legend { list-style: none; margin: 0; padding: 0; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .4rem; border-radius: 2px; vertical-align: -1px; }
.swatch-pass { background: var(--pass); } .swatch-fail { background: var(--fail); }
.swatch-unknown { background: var(--unknown); } .swatch-error { background: var(--error); }
.swatch-suppressed { background: var(--suppressed); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--bg-alt); position: sticky; top: 0; z-index: 1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: block; background: var(--empty); }
.sev { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-weight: 600; font-size: .8rem;
  text-transform: uppercase; border: 1px solid currentColor; white-space: nowrap; }
.sev-critical { color: #fff; background: #a40e26; border-color: #a40e26; }
.sev-high { color: var(--fail); } .sev-medium { color: var(--unknown); } .sev-low { color: var(--muted); }
code, pre { font: .85rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--bg-alt); padding: .5rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
td { overflow-wrap: anywhere; }
details { margin-top: .35rem; }
details summary { cursor: pointer; color: #0969da; }
tr.suppressed td { color: var(--muted); background: var(--bg-alt); }
tr.suppressed .sev { opacity: .6; }
.tag { font-size: .8rem; font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: end; margin: 0 0 .5rem; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filters label.check { flex-direction: row; gap: .35rem; align-items: center; }
.filters select, .filters input[type=search] { font: inherit; padding: .25rem .4rem; min-width: 11rem; }
.count { color: var(--muted); margin: .25rem 0 .75rem; }
.note { border-left: 3px solid var(--muted); padding-left: .5rem; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media print { .filters { display: none; } thead th { position: static; } }
`;
