import type { Severity } from '../checks/check.js';
import type { SourceLocation } from '../model/location.js';
import type { ResourceKind } from '../model/resource.js';

export type ResultStatus = 'pass' | 'fail' | 'unknown' | 'error';

export const RESULT_STATUSES: readonly ResultStatus[] = ['pass', 'fail', 'unknown', 'error'];

/** The pseudo-check id of results about inputs that could not be read or parsed. */
export const INPUT_CHECK_ID = 'input';

/** One outcome of a check on a resource (or on a part of it), or a problem with an input file. */
export interface ScanResult {
  /** The check, or `input` for a file that could not be read or parsed. */
  readonly checkId: string;
  readonly status: ResultStatus;
  /** The check's severity; absent for input errors. */
  readonly severity?: Severity;
  readonly resource?: { readonly address: string; readonly kind: ResourceKind };
  /** The part of the resource the result is about (`container api`, a rule's address). */
  readonly subject?: string;
  readonly location: SourceLocation;
  readonly message: string;
  /** The check's remediation summary; present on failures. */
  readonly remediation?: string;
  /** ISO/IEC 27017:2015 controls this check gives evidence for (from catalog/checks/iso27017-2015.yaml). */
  readonly controls: readonly string[];
  /**
   * Present when a suppression covers this result (a `.nimbus.yaml` entry or an inline `nimbus:ignore`
   * comment). A suppressed failure stays in the report but does not count towards `--fail-on`.
   */
  readonly suppression?: Suppression;
}

export interface Suppression {
  /** `config` for a `.nimbus.yaml` entry, `inline` for a comment in the source. */
  readonly kind: 'config' | 'inline';
  readonly reason: string;
  /** Where the suppression is declared. */
  readonly location: SourceLocation;
  /** ISO date (YYYY-MM-DD) after which it stops suppressing; config entries only. */
  readonly expires?: string;
}

/** How one check ran: on how many resources, how long, how many of its evaluations threw. */
export interface CheckRun {
  readonly checkId: string;
  readonly resources: number;
  readonly durationMs: number;
  readonly errors: number;
}
