import type { ScanResult } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import type { FormatOptions } from './format-options.js';
import { type SummaryBucket, severityRank, summarize } from './summary.js';
import { describeSuppression, isSuppressed } from './suppressed.js';

const pad = (text: string, width: number) =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);
const padStart = (text: string, width: number) =>
  text.length >= width ? text : ' '.repeat(width - text.length) + text;
const cut = (text: string, width: number) =>
  text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const where = (r: ScanResult) => `${r.location.file}:${r.location.line}`;

/**
 * C0 controls (newline, tab and escape included), DEL, C1 controls, and the bidirectional overrides and isolates
 * that can make a terminal show text in another order than it is stored.
 */
const isUnsafe = (code: number) =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

const escapeCode = (code: number) =>
  code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;

/**
 * Text from scanned files (addresses, messages, file names, suppression reasons) made safe to print: every
 * control character is shown escaped (`\x1b`, `\x0a`, `\u202e`), so an ANSI escape sequence, a carriage
 * return or a forged line break in a value is printed as visible text and never acts on the terminal.
 */
export const terminalSafe = (text: string): string => {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += isUnsafe(code) ? escapeCode(code) : ch;
  }
  return out;
};

const failureBlock = (r: ScanResult): string[] => [
  `  ${pad((r.severity ?? '').toUpperCase(), 8)} ${r.checkId}  ${where(r)}`,
  `           ${r.resource?.address ?? ''}${r.subject && r.subject !== r.resource?.address ? ` (${r.subject})` : ''}`,
  `           ${r.message}`,
  ...(r.remediation ? [`           Fix: ${r.remediation}`] : []),
];

/**
 * Lines of the table, each with its line end. Every line goes through terminalSafe: values come from scanned files
 * and must not reach the terminal raw.
 */
function* lines(...texts: string[]): Generator<string> {
  for (const text of texts) yield `${terminalSafe(text)}\n`;
}

/**
 * The report for people: a summary per ISO/IEC 27017 control, then every failure (most severe first) with
 * file:line, resource, check, severity and remediation, then unknowns, suppressed results (with where the
 * suppression is declared and why), errors and warnings. Suppressed results are never counted as failures.
 */
export function* tableChunks(report: ScanReport, options: FormatOptions): Generator<string> {
  const width = options.width ?? 100;
  const summary = summarize(report, options.controlTitle);
  const { byFormat, failed } = report.files;
  const formats = [
    byFormat.cloudformation && `${byFormat.cloudformation} CloudFormation`,
    byFormat.terraform && `${byFormat.terraform} Terraform`,
    byFormat['terraform-plan'] && plural(byFormat['terraform-plan'], 'Terraform plan'),
    byFormat.kubernetes && `${byFormat.kubernetes} Kubernetes`,
    byFormat.snapshot && plural(byFormat.snapshot, 'snapshot'),
    byFormat.unrecognized && `${byFormat.unrecognized} not recognized`,
    failed && `${failed} with errors`,
  ].filter(Boolean);
  yield* lines(
    `Scanned ${plural(report.files.scanned, 'file')}${formats.length ? ` (${formats.join(', ')})` : ''}: ` +
      `${plural(report.resources, 'resource')}, ${plural(report.checks.length, 'check')}`,
  );
  yield* lines('');
  if (summary.controls.length > 0) {
    // A column per bucket; the suppressed one only when the scan has suppressed results.
    const columns: readonly (readonly [SummaryBucket, number])[] = [
      ['pass', 8],
      ['fail', 8],
      ['unknown', 8],
      ['error', 8],
      ...(summary.counts.suppressed > 0 ? [['suppressed', 11] as const] : []),
    ];
    const countsWidth = columns.reduce((sum, [, w]) => sum + w, 0);
    const idWidth = Math.max(...summary.controls.map((c) => c.id.length), 7);
    const titleWidth = Math.max(20, width - idWidth - 2 - countsWidth - 2);
    yield* lines(
      `${pad(`${options.frameworkName ?? report.framework} control`, idWidth + titleWidth + 3)}${columns.map(([h, w]) => padStart(h, w)).join('')}`,
    );
    for (const c of summary.controls) {
      const counts = columns.map(([s, w]) => padStart(String(c.counts[s]), w)).join('');
      yield* lines(
        `  ${pad(c.id, idWidth)} ${pad(cut(terminalSafe(c.title ?? ''), titleWidth), titleWidth)}${counts}`,
      );
    }
    yield* lines('');
  }
  const byStatus = (status: ScanResult['status']) =>
    report.results.filter((r) => r.status === status && !isSuppressed(r));
  const failures = byStatus('fail').sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  if (failures.length > 0) {
    yield* lines(`Failures (${failures.length})`);
    for (const f of failures) yield* lines(...failureBlock(f));
    yield* lines('');
  }
  const unknowns = byStatus('unknown');
  if (unknowns.length > 0) {
    yield* lines(`Unknown: could not be decided from the source (${unknowns.length})`);
    for (const u of unknowns)
      yield* lines(`  ${u.checkId}  ${where(u)}  ${u.resource?.address ?? ''}`, `           ${u.message}`);
    yield* lines('');
  }
  const suppressed = report.results.filter(isSuppressed);
  if (suppressed.length > 0) {
    yield* lines(`Suppressed (${suppressed.length})`);
    for (const s of suppressed)
      yield* lines(
        `  ${pad((s.severity ?? '').toUpperCase(), 8)} ${s.checkId}  ${where(s)}  ${s.resource?.address ?? ''}`,
        `           ${s.status === 'unknown' ? 'unknown, ' : ''}${describeSuppression(s.suppression)}`,
      );
    yield* lines('');
  }
  const errors = byStatus('error');
  if (errors.length > 0) {
    yield* lines(`Errors (${errors.length})`);
    for (const e of errors) yield* lines(`  ${e.checkId}  ${where(e)}  ${e.message}`);
    yield* lines('');
  }
  if (report.warnings.length > 0) {
    yield* lines(`Warnings (${report.warnings.length})`);
    for (const w of report.warnings) yield* lines(`  ${w.location.file}:${w.location.line}  ${w.message}`);
    yield* lines('');
  }
  const { counts } = summary;
  const sev = Object.entries(summary.failuresBySeverity)
    .filter(([, n]) => n > 0)
    .reverse()
    .map(([s, n]) => `${n} ${s}`);
  yield* lines(
    `${counts.fail} failed${sev.length ? ` (${sev.join(', ')})` : ''}, ` +
      `${counts.suppressed ? `${counts.suppressed} suppressed, ` : ''}${counts.pass} passed, ` +
      `${counts.unknown} unknown, ${plural(counts.error, 'error')}`,
  );
}

export const formatTable = (report: ScanReport, options: FormatOptions): string =>
  [...tableChunks(report, options)].join('');
