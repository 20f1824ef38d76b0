import { SEVERITIES, type Severity } from '../checks/check.js';
import { INPUT_CHECK_ID } from './result.js';
import type { ScanReport } from './scan.js';

/**
 * What a scan means for a pipeline, most serious first: a check crashed (`check-error`), an input could not
 * be read or parsed (`input-error`), a failure at or above `failOn` was found (`findings`), or none (`clean`).
 * Unknown results never fail a scan on their own, nor do suppressed failures.
 */
export type ScanOutcome = 'check-error' | 'input-error' | 'findings' | 'clean';

export const scanOutcome = (report: ScanReport, failOn: Severity): ScanOutcome => {
  const errors = report.results.filter((r) => r.status === 'error');
  if (errors.some((r) => r.checkId !== INPUT_CHECK_ID)) return 'check-error';
  if (errors.length > 0) return 'input-error';
  const floor = SEVERITIES.indexOf(failOn);
  const blocking = report.results.some(
    (r) =>
      r.status === 'fail' &&
      r.suppression === undefined &&
      r.severity !== undefined &&
      SEVERITIES.indexOf(r.severity) >= floor,
  );
  return blocking ? 'findings' : 'clean';
};
