/** One problem found while validating data: where (file and path inside it), what (code) and a message. */
export interface ValidationIssue {
  readonly code: ValidationIssueCode;
  readonly file: string;
  readonly path: string;
  readonly message: string;
  /** 1-based line in the file, when the parser knows it. */
  readonly line?: number;
}

export type ValidationIssueCode =
  | 'syntax'
  | 'schema'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'count-mismatch'
  | 'guidance-mismatch'
  | 'unknown-file';

/** `file:line: path: message`, the form editors and CI logs link to. */
export const formatIssue = (issue: ValidationIssue): string =>
  `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.path || '(root)'}: ${issue.message}`;
