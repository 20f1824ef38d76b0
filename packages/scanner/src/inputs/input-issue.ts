import type { SourceLocation } from '../model/location.js';

/**
 * A problem with an input rather than with the configuration it declares. An `error` (unparsable, too large,
 * binary) becomes an `error` result and makes the scan exit 2; a `warning` (a symbolic link not followed, a
 * Helm template not rendered) is reported and the scan goes on.
 */
export interface InputIssue {
  readonly level: 'error' | 'warning';
  readonly location: SourceLocation;
  readonly message: string;
}
