import type { Check, Finding } from '../checks/check.js';
import type { Resource } from '../model/resource.js';
import type { CheckRun, ScanResult } from './result.js';

const STATUSES = new Set(['pass', 'fail', 'unknown']);

const isFinding = (value: unknown): value is Finding =>
  typeof value === 'object' &&
  value !== null &&
  STATUSES.has((value as Finding).status) &&
  typeof (value as Finding).message === 'string';

/** Stable order: file, line, check, resource, subject. */
export const compareResults = (a: ScanResult, b: ScanResult): number =>
  a.location.file.localeCompare(b.location.file) ||
  a.location.line - b.location.line ||
  a.checkId.localeCompare(b.checkId) ||
  (a.resource?.address ?? '').localeCompare(b.resource?.address ?? '') ||
  (a.subject ?? '').localeCompare(b.subject ?? '');

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
  const byKind = new Map<string, Resource[]>();
  for (const r of resources) {
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
  }
  const results: ScanResult[] = [];
  const runs: CheckRun[] = [];
  for (const check of checks) {
    const controls = controlsOf(check.id);
    const targets = check.resourceKinds.flatMap((k) => byKind.get(k) ?? []);
    let errors = 0;
    const started = performance.now();
    for (const resource of targets) {
      const base = {
        checkId: check.id,
        severity: check.severity,
        resource: { address: resource.address, kind: resource.kind },
        controls,
      };
      let findings: readonly Finding[];
      try {
        const output = check.evaluate(resource as never);
        findings = output === undefined ? [] : Array.isArray(output) ? output : [output as Finding];
        const bad = findings.find((f) => !isFinding(f));
        if (bad !== undefined) throw new Error(`returned ${JSON.stringify(bad)}, which is not a finding`);
      } catch (err) {
        errors++;
        results.push({
          ...base,
          status: 'error',
          location: resource.location,
          message: `check failed: ${err instanceof Error ? err.message : String(err)}`,
        });
        continue;
      }
      for (const f of findings) {
        const line =
          f.line ??
          (f.attribute ? resource.attributeLines[f.attribute] : undefined) ??
          resource.location.line;
        results.push({
          ...base,
          status: f.status,
          ...(f.subject ? { subject: f.subject } : {}),
          location: { file: resource.location.file, line },
          message: f.message,
          ...(f.status === 'fail' ? { remediation: check.remediation.summary } : {}),
        });
      }
    }
    runs.push({
      checkId: check.id,
      resources: targets.length,
      durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      errors,
    });
  }
  return { results: results.sort(compareResults), runs };
};
