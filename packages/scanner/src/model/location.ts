/** Where a resource or attribute is declared: a path (relative to the working directory when inside it). */
export interface SourceLocation {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
}

/** `file:line`, the form editors and CI logs link to. */
export const formatLocation = (location: SourceLocation): string => `${location.file}:${location.line}`;
