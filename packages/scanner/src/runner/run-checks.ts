import type { Check, Finding } from '../checks/check.js';
import type { SourceLocation } from '../model/location.js';
import type { Resource } from '../model/resource.js';
import type { CheckRun, ScanResult } from './result.js';

const isFinding = (value: unknown): value is Finding => {
  if (typeof value !== 'object' || value === null) return false;
  const { status, message } = value as Finding;
  return (status === 'pass' || status === 'fail' || status === 'unknown') && typeof message === 'string';
};

/** The first element of a check's output that is not a finding, as a message; undefined when all are. */
const notAFinding = (output: Finding | readonly Finding[]): string | undefined => {
  if (!Array.isArray(output)) return isFinding(output) ? undefined : JSON.stringify(output);
  for (const f of output as readonly unknown[]) if (!isFinding(f)) return JSON.stringify(f) ?? 'undefined';
  return undefined;
};

/** `localeCompare`'s order (the same default collator), with a shortcut for equal strings, the usual case. */
const collator = new Intl.Collator();
const compareText = (a: string, b: string): number => (a === b ? 0 : collator.compare(a, b));

/** Stable order: file, line, check, resource, subject. */
export const compareResults = (a: ScanResult, b: ScanResult): number =>
  compareText(a.location.file, b.location.file) ||
  a.location.line - b.location.line ||
  compareText(a.checkId, b.checkId) ||
  compareText(a.resource?.address ?? '', b.resource?.address ?? '') ||
  compareText(a.subject ?? '', b.subject ?? '');

/** A resource with the reference its results share (one object per resource, not per result). */
interface Target {
  readonly resource: Resource;
  readonly ref: NonNullable<ScanResult['resource']>;
}

/** What every result of one check shares. */
interface CheckShared {
  readonly checkId: string;
  readonly severity: Check['severity'];
  readonly controls: readonly string[];
  readonly remediation: string;
  /** The check's messages seen so far: equal messages share one string (see `intern`). */
  readonly messages: Map<string, string>;
}

/** Past this many distinct messages, a check's messages are no longer shared (they name each resource). */
const MAX_SHARED_MESSAGES = 10_000;

/**
 * One string per distinct message of a check. Messages are mostly built from a few parts, and a million results
 * would otherwise each hold their own copy.
 */
const intern = (messages: Map<string, string>, message: string): string => {
  const known = messages.get(message);
  if (known !== undefined) return known;
  if (messages.size < MAX_SHARED_MESSAGES) messages.set(message, message);
  return message;
};

/**
 * One result object per finding, in a fixed key order (that of the JSON output), sharing the check's strings,
 * the resource reference and, when the line is the resource's, its location.
 */
const toResult = (shared: CheckShared, { resource, ref }: Target, f: Finding): ScanResult => {
  const line =
    f.line ?? (f.attribute ? resource.attributeLines[f.attribute] : undefined) ?? resource.location.line;
  const location: SourceLocation =
    line === resource.location.line ? resource.location : { file: resource.location.file, line };
  const { checkId, severity, controls } = shared;
  const { status, subject } = f;
  const message = intern(shared.messages, f.message);
  if (status === 'fail') {
    const { remediation } = shared;
    return subject
      ? { checkId, severity, resource: ref, controls, status, subject, location, message, remediation }
      : { checkId, severity, resource: ref, controls, status, location, message, remediation };
  }
  return subject
    ? { checkId, severity, resource: ref, controls, status, subject, location, message }
    : { checkId, severity, resource: ref, controls, status, location, message };
};

/**
 * Runs every check on the resources of its kinds. Pure apart from the clock used for timings. A check that
 * throws (or returns something that is not a finding) gives an `error` result for that resource and check
 * only; every other evaluation goes on.
 */
export const runChecks = (
  resources: readonly Resource[],
  checks: readonly Check[],
  controlsOf: (checkId: string) => readonly string[] = () => [],
): { results: ScanResult[]; runs: CheckRun[] } => {
  const byKind = new Map<string, Target[]>();
  for (const resource of resources) {
    const target = { resource, ref: { address: resource.address, kind: resource.kind } };
    const list = byKind.get(resource.kind);
    if (list) list.push(target);
    else byKind.set(resource.kind, [target]);
  }
  const results: ScanResult[] = [];
  const runs: CheckRun[] = [];
  for (const check of checks) {
    const shared: CheckShared = {
      checkId: check.id,
      severity: check.severity,
      controls: controlsOf(check.id),
      remediation: check.remediation.summary,
      messages: new Map(),
    };
    const targets = check.resourceKinds.flatMap((k) => byKind.get(k) ?? []);
    let errors = 0;
    const started = performance.now();
    for (const target of targets) {
      let output: Finding | readonly Finding[] | undefined;
      try {
        output = check.evaluate(target.resource as never) as Finding | readonly Finding[] | undefined;
        if (output === undefined) continue;
        const bad = notAFinding(output);
        if (bad !== undefined) throw new Error(`returned ${bad}, which is not a finding`);
      } catch (err) {
        errors++;
        results.push({
          checkId: shared.checkId,
          severity: shared.severity,
          resource: target.ref,
          controls: shared.controls,
          status: 'error',
          location: target.resource.location,
          message: `check failed: ${err instanceof Error ? err.message : String(err)}`,
        });
        continue;
      }
      if (Array.isArray(output))
        for (const f of output as readonly Finding[]) results.push(toResult(shared, target, f));
      else results.push(toResult(shared, target, output as Finding));
    }
    runs.push({
      checkId: check.id,
      resources: targets.length,
      durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      errors,
    });
  }
  // The order of compareResults, with the checks' ids compared by their rank (sorted once) rather than by the
  // collator on every comparison: sorting millions of results is then mostly integer comparisons.
  const rank = new Map(
    checks
      .map((c) => c.id)
      .sort(compareText)
      .map((id, i) => [id, i]),
  );
  const byRank = (a: ScanResult, b: ScanResult): number =>
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    (rank.get(a.checkId) ?? -1) - (rank.get(b.checkId) ?? -1) ||
    compareResults(a, b);
  return { results: results.sort(byRank), runs };
};
