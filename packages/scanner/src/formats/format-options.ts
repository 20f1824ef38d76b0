import type { ControlTitle } from './summary.js';

export interface FormatOptions {
  /** Nimbus version, written into JSON and SARIF. */
  readonly toolVersion: string;
  /** Display name of the report's framework (`ISO/IEC 27017:2015`), from the catalog. */
  readonly frameworkName?: string;
  /** Titles of controls, from the catalog, for the table and JSON summaries. */
  readonly controlTitle?: ControlTitle;
  /** Absolute working directory, for SARIF's %SRCROOT% base. */
  readonly cwd?: string;
  /** Table width in columns. */
  readonly width?: number;
}
