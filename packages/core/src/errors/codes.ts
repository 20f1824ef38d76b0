/**
 * The one vocabulary of error codes in Nimbus. Core raises these; adapters look up what they mean for their
 * medium (HTTP status, CLI exit code). docs/reference/errors.md is kept in sync by a test.
 */
export const ERROR_CODES = {
  INVALID_ARGUMENT: 'A value given to a command or route is not valid.',
  FRAMEWORK_NOT_FOUND: 'No framework with that id is in the catalog.',
  CONTROL_NOT_FOUND: 'No control with that id is in the framework.',
  MAPPING_NOT_FOUND: 'The catalog holds no mapping between the two frameworks.',
  CATALOG_INVALID: 'The catalog data files failed validation.',
  CATALOG_UNREADABLE: 'The compiled catalog is missing, unreadable or of an unsupported format version.',
  EXPORT_FORMAT_UNSUPPORTED: 'The framework cannot be exported in the requested format.',
  INTERNAL: 'An unexpected error; please report it with the --debug output.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (value: string): value is ErrorCode => Object.hasOwn(ERROR_CODES, value);
