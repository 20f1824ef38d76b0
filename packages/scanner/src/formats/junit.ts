import type { Check } from '../checks/check.js';
import { formatLocation } from '../model/location.js';
import { INPUT_CHECK_ID, type ScanResult } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import type { FormatOptions } from './format-options.js';
import { describeSuppression, isSuppressed } from './suppressed.js';
import { xmlAttr, xmlText } from './xml-text.js';

/** What a test case turned into: JUnit has passed, failure, error and skipped. */
type Verdict = 'passed' | 'failure' | 'error' | 'skipped';

interface Suite {
  readonly name: string;
  readonly check?: Check;
  readonly results: ScanResult[];
  /** Seconds the check ran (0 for the input suite). */
  readonly seconds: number;
}

const verdict = (r: ScanResult): Verdict =>
  r.status === 'error'
    ? 'error'
    : isSuppressed(r) || r.status === 'unknown'
      ? 'skipped'
      : r.status === 'fail'
        ? 'failure'
        : 'passed';

const seconds = (value: number) => value.toFixed(3);

const attrs = (pairs: Readonly<Record<string, string | number | undefined>>) =>
  Object.entries(pairs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');

/** The resource and the part of it: `Deployment/shop/web (container api)`; the file for input errors. */
const caseName = (r: ScanResult) => {
  const address = r.resource?.address ?? r.location.file;
  return r.subject && r.subject !== address ? `${address} (${r.subject})` : address;
};

const details = (r: ScanResult, ...extra: string[]) =>
  [
    formatLocation(r.location),
    r.resource && caseName(r),
    r.message,
    ...extra,
    r.controls.length ? `Controls: ${r.controls.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');

const outcome = (r: ScanResult): string => {
  switch (verdict(r)) {
    case 'failure':
      return `<failure${attrs({ message: r.message, type: r.severity ?? 'fail' })}>${xmlText(
        details(r, r.remediation ? `Fix: ${r.remediation}` : ''),
      )}</failure>`;
    case 'error':
      return `<error${attrs({
        message: r.message,
        type: r.checkId === INPUT_CHECK_ID ? 'input-error' : 'check-error',
      })}>${xmlText(details(r))}</error>`;
    case 'skipped': {
      const message = r.suppression
        ? `${describeSuppression(r.suppression)} [${r.status}: ${r.message}]`
        : `unknown: ${r.message}`;
      return `<skipped${attrs({ message })}>${xmlText(details(r))}</skipped>`;
    }
    default:
      return '';
  }
};

const testcase = (r: ScanResult, time: number) => {
  const open = `<testcase${attrs({
    classname: r.checkId,
    name: caseName(r),
    file: r.location.file,
    line: r.location.line,
    time: seconds(time),
  })}`;
  const body = outcome(r);
  return body ? `${open}>\n      ${body}\n    </testcase>` : `${open}/>`;
};

const count = (results: readonly ScanResult[], v: Verdict) => results.filter((r) => verdict(r) === v).length;

const totals = (results: readonly ScanResult[], time: number, timestamp: string) => ({
  tests: results.length,
  failures: count(results, 'failure'),
  errors: count(results, 'error'),
  skipped: count(results, 'skipped'),
  time: seconds(time),
  timestamp,
});

/** The lines of one suite, each with its line end. */
function* suiteLines(s: Suite, timestamp: string, systemErr: readonly string[]): Generator<string> {
  const perCase = s.results.length ? s.seconds / s.results.length : 0;
  yield `  <testsuite${attrs({ name: s.name, ...totals(s.results, s.seconds, timestamp) })}>\n`;
  if (s.check) {
    const props = {
      title: s.check.title,
      severity: s.check.severity,
      provider: s.check.provider,
      controls: (s.results[0]?.controls ?? []).join(', '),
    };
    yield '    <properties>\n';
    for (const [name, value] of Object.entries(props))
      if (value) yield `      <property${attrs({ name, value })}/>\n`;
    yield '    </properties>\n';
  }
  for (const r of s.results) yield `    ${testcase(r, perCase)}\n`;
  if (systemErr.length) yield `    <system-err>${xmlText(systemErr.join('\n'))}</system-err>\n`;
  yield '  </testsuite>\n';
}

/** Input errors first (suite `input`), then a suite per check that ran, then any other check id in results. */
const suitesOf = (report: ScanReport): Suite[] => {
  const byCheck = new Map<string, ScanResult[]>();
  for (const r of report.results) {
    const list = byCheck.get(r.checkId);
    if (list) list.push(r);
    else byCheck.set(r.checkId, [r]);
  }
  const duration = new Map(report.runs.map((r) => [r.checkId, r.durationMs / 1000]));
  const suites: Suite[] = [];
  const input = byCheck.get(INPUT_CHECK_ID) ?? [];
  if (input.length || report.warnings.length)
    suites.push({ name: INPUT_CHECK_ID, results: input, seconds: 0 });
  byCheck.delete(INPUT_CHECK_ID);
  for (const check of report.checks) {
    suites.push({
      name: check.id,
      check,
      results: byCheck.get(check.id) ?? [],
      seconds: duration.get(check.id) ?? 0,
    });
    byCheck.delete(check.id);
  }
  for (const [name, results] of byCheck) suites.push({ name, results, seconds: duration.get(name) ?? 0 });
  return suites;
};

/**
 * JUnit XML as Jenkins and GitLab read it: a `<testsuite>` per check, a `<testcase>` per check × resource
 * (× subject) with `classname` = check id, `name` = resource (and subject), `file` and `line`. Failures are
 * `<failure type=severity>`, unknown and suppressed results `<skipped>` (with the reason), crashed checks and
 * unreadable inputs `<error>` (inputs in a suite named `input`, whose `<system-err>` lists the warnings).
 * Times are in seconds; a check's time is shared evenly among its test cases.
 */
export function* junitChunks(report: ScanReport, options: FormatOptions): Generator<string> {
  const timestamp = report.scannedAt;
  const suites = suitesOf(report);
  const all = suites.flatMap((s) => s.results);
  const time = suites.reduce((sum, s) => sum + s.seconds, 0);
  const warnings = report.warnings.map((w) => `warning: ${formatLocation(w.location)} ${w.message}`);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites${attrs({ name: `Nimbus ${options.toolVersion} scan`, ...totals(all, time, timestamp) })}>\n`;
  for (const s of suites) yield* suiteLines(s, timestamp, s.name === INPUT_CHECK_ID ? warnings : []);
  yield '</testsuites>\n';
}

export const formatJunit = (report: ScanReport, options: FormatOptions): string =>
  [...junitChunks(report, options)].join('');
