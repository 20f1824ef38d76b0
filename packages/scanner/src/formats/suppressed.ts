import type { ScanResult, Suppression } from '../runner/result.js';

/**
 * True when a suppression covers a failure or an unknown: such a result is shown apart (greyed, skipped,
 * `suppressions` in SARIF), never among the failures. A pass needs no suppression and an error is never hidden.
 */
export const isSuppressed = (r: ScanResult): r is ScanResult & { readonly suppression: Suppression } =>
  r.suppression !== undefined && (r.status === 'fail' || r.status === 'unknown');

/** `inline comment at file:line` or `config entry at .nimbus.yaml:4, until 2027-06-30`: where it is declared. */
export const suppressionSource = (s: Suppression): string =>
  `${s.kind === 'inline' ? 'inline comment' : 'config entry'} at ${s.location.file}:${s.location.line}${
    s.expires ? `, until ${s.expires}` : ''
  }`;

/** One line for people: `suppressed (config entry at .nimbus.yaml:4, until 2027-06-30): reason`. */
export const describeSuppression = (s: Suppression): string =>
  `suppressed (${suppressionSource(s)}): ${s.reason}`;
