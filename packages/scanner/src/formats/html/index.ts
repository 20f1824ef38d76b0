import { createHash } from 'node:crypto';
import type { ScanReport } from '../../runner/scan.js';
import type { FormatOptions } from '../format-options.js';
import { summarize } from '../summary.js';
import { findingsSection } from './findings-section.js';
import { otherSections } from './other-sections.js';
import { html, raw } from './safe-html.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';
import { headerSection, summarySection } from './summary-section.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy the page runs under: nothing may be loaded from anywhere, and only this stylesheet and this script
 * (by hash) may run. A value that slipped through escaping still could not load or execute anything.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLES)}`,
  `script-src ${sha256(SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * One self-contained HTML page: header (tool, date, framework, counts), a summary per control with a donut and
 * stacked bars (inline SVG), the findings table with filters (inline script, works from disk), unknowns,
 * errors and warnings. No external URL is loaded; every value from the scan is escaped by `html`.
 */
export const formatHtml = (report: ScanReport, options: FormatOptions): string => {
  const framework = options.frameworkName ?? report.framework;
  const summary = summarize(report, options.controlTitle);
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="generator" content="Nimbus ${options.toolVersion}">
<title>Nimbus scan report: ${framework}, ${report.scannedAt}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
${headerSection(report, options.toolVersion, framework)}
<main>
${summarySection(summary, framework)}
${findingsSection(report.results, report.checks, options.controlTitle)}
${otherSections(report)}
</main>
<footer>Written by Nimbus ${options.toolVersion}. Results come from the configuration files as written; values only known at deploy time are reported as unknown, never guessed.</footer>
<script>${raw(SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
};
