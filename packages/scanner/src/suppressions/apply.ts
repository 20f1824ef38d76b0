import type { InputIssue } from '../inputs/input-issue.js';
import type { ScanResult, Suppression } from '../runner/result.js';
import type { ScanConfig, SuppressionEntry } from './config.js';
import { globToRegExp } from './glob.js';
import type { InlineIgnore } from './inline.js';

export interface SuppressionSources {
  readonly config?: ScanConfig;
  /** `nimbus:ignore` comments by file, as results name files. */
  readonly inline: ReadonlyMap<string, readonly InlineIgnore[]>;
  /** The line where each resource is declared, by file and address: a comment above it covers the resource. */
  readonly resourceLines: ReadonlyMap<string, number>;
  /** Today, as YYYY-MM-DD: a config entry whose expiry date is before it no longer suppresses. */
  readonly today: string;
}

export const resourceKey = (file: string, address: string) => `${file}\u0000${address}`;

const suppressible = (r: ScanResult) =>
  (r.status === 'fail' || r.status === 'unknown') && r.resource !== undefined;

interface CompiledEntry {
  readonly entry: SuppressionEntry;
  readonly resource?: RegExp;
  readonly file?: RegExp;
  readonly expired: boolean;
  used: number;
}

/**
 * Marks the failed and unknown results that a suppression covers (errors are never hidden). An inline comment
 * covers a result on its own line or the line below it, and every result of a resource declared on the line
 * below it. A config entry covers results of its check (`*` for any) whose resource address and file match its
 * globs, until its expiry date. Warnings say which entries expired, which match nothing, and which comments are
 * malformed, so a suppression never goes stale unnoticed.
 */
export const applySuppressions = (
  results: readonly ScanResult[],
  sources: SuppressionSources,
): { results: ScanResult[]; warnings: InputIssue[] } => {
  const configFile = sources.config?.file ?? '.nimbus.yaml';
  const entries: CompiledEntry[] = (sources.config?.suppressions ?? []).map((entry) => ({
    entry,
    ...(entry.resource ? { resource: globToRegExp(entry.resource, { paths: false }) } : {}),
    ...(entry.file ? { file: globToRegExp(entry.file, { paths: true }) } : {}),
    expired: entry.expires < sources.today,
    used: 0,
  }));
  const expiredHits = new Map<CompiledEntry, number>();
  const inlineFor = (r: ScanResult): InlineIgnore | undefined => {
    const comments = sources.inline.get(r.location.file);
    if (!comments?.length || !r.resource) return undefined;
    const declared = sources.resourceLines.get(resourceKey(r.location.file, r.resource.address));
    const lines = new Set([
      r.location.line,
      r.location.line - 1,
      ...(declared ? [declared, declared - 1] : []),
    ]);
    return comments.find(
      (c) => lines.has(c.line) && (c.checks.includes(r.checkId) || c.checks.includes('all')),
    );
  };
  const configFor = (r: ScanResult): CompiledEntry | undefined => {
    for (const e of entries) {
      if (e.entry.check !== '*' && e.entry.check !== r.checkId) continue;
      if (e.resource && !e.resource.test(r.resource?.address ?? '')) continue;
      if (e.file && !e.file.test(r.location.file)) continue;
      if (e.expired) {
        expiredHits.set(e, (expiredHits.get(e) ?? 0) + 1);
        continue;
      }
      return e;
    }
    return undefined;
  };
  const suppress = (r: ScanResult): ScanResult => {
    if (!suppressible(r)) return r;
    const comment = inlineFor(r);
    let suppression: Suppression | undefined;
    if (comment)
      suppression = {
        kind: 'inline',
        reason: comment.reason,
        location: { file: r.location.file, line: comment.line },
      };
    else {
      const e = configFor(r);
      if (e) {
        e.used++;
        suppression = {
          kind: 'config',
          reason: e.entry.reason,
          location: { file: configFile, line: e.entry.line },
          expires: e.entry.expires,
        };
      }
    }
    return suppression ? { ...r, suppression } : r;
  };
  // Without entries or comments nothing is suppressed: the results are kept as they are.
  const out = entries.length === 0 && sources.inline.size === 0 ? [...results] : results.map(suppress);
  const warnings: InputIssue[] = [];
  for (const e of entries) {
    const at = { file: configFile, line: e.entry.line };
    const hits = expiredHits.get(e);
    if (e.expired)
      warnings.push({
        level: 'warning',
        location: at,
        message: `suppression of ${e.entry.check} expired on ${e.entry.expires}${hits ? `: ${hits} result(s) it covered are reported again` : ''}`,
      });
    else if (e.used === 0)
      warnings.push({
        level: 'warning',
        location: at,
        message: `suppression of ${e.entry.check} matches no failed or unknown result: remove it, or fix its globs`,
      });
  }
  return { results: out, warnings };
};
