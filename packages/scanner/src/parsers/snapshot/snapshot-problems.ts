import type { InputIssue } from '../../inputs/input-issue.js';

// The problems of one snapshot, reported in document order whatever order they were found in: items are
// validated type by type as the adapters read them, not in the order they are written.

/** Schema problems reported per file; past this many the rest are counted in one line. */
export const MAX_SCHEMA_ERRORS = 20;

/**
 * Where a problem is in document order: the position of the node or item list in the walk of the document, the
 * item in that list (-1 for the list itself or any other node), then the problem's rank within the item.
 */
export type ProblemOrder = readonly [walk: number, item: number, rank: number];

interface Ordered {
  readonly order: ProblemOrder;
  readonly issue: InputIssue;
}

const byOrder = (a: Ordered, b: Ordered) =>
  a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2];

export interface SnapshotProblems {
  /** Errors (at most MAX_SCHEMA_ERRORS, then one line counting the rest) and warnings, in document order. */
  readonly issues: readonly InputIssue[];
  /** Set when an item is not valid JSON: the file cannot be read, and this is its only issue. */
  readonly unreadable: boolean;
}

export interface ProblemLog {
  error(order: ProblemOrder, line: number, message: string): void;
  warn(order: ProblemOrder, line: number, message: string): void;
  /** An item that does not parse: the file is unreadable, whatever else was found. */
  unreadable(line: number, message: string): void;
  readonly isUnreadable: boolean;
  finish(): SnapshotProblems;
}

/** Collects the problems of `file`; the count of errors past the limit is reported at `topLine`. */
export const problemLog = (file: string, topLine: number): ProblemLog => {
  const warnings: Ordered[] = [];
  let errors: Ordered[] = [];
  let errorCount = 0;
  let broken: InputIssue | undefined;
  const keepFirstErrors = () => {
    errors.sort(byOrder);
    errors = errors.slice(0, MAX_SCHEMA_ERRORS);
  };
  return {
    error: (order, line, message) => {
      errorCount++;
      errors.push({ order, issue: { level: 'error', location: { file, line }, message } });
      // Only the first errors in document order are reported: a file of bad items keeps a bounded list.
      if (errors.length > 8 * MAX_SCHEMA_ERRORS) keepFirstErrors();
    },
    warn: (order, line, message) =>
      warnings.push({ order, issue: { level: 'warning', location: { file, line }, message } }),
    unreadable: (line, message) => {
      broken ??= { level: 'error', location: { file, line }, message };
    },
    get isUnreadable() {
      return broken !== undefined;
    },
    finish: () => {
      if (broken) return { issues: [broken], unreadable: true };
      keepFirstErrors();
      const issues = [...errors, ...warnings].sort(byOrder).map((o) => o.issue);
      if (errorCount > MAX_SCHEMA_ERRORS)
        issues.push({
          level: 'error',
          location: { file, line: topLine },
          message: `snapshot: ${errorCount - MAX_SCHEMA_ERRORS} more schema problems`,
        });
      return { issues, unreadable: false };
    },
  };
};
