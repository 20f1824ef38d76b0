/**
 * The one vocabulary of error codes in Nimbus. Core raises these; adapters look up what they mean for their
 * medium (HTTP status in the server, exit code in the CLI). docs/reference/errors.md is kept in sync by a test.
 */
export const ERROR_CODES = {
  INVALID_ARGUMENT: 'A value given to a command or route is not valid.',
  VALIDATION_FAILED: 'The request body, query or path did not pass validation; every problem is listed.',
  FRAMEWORK_NOT_FOUND: 'No framework with that id is in the catalog.',
  CONTROL_NOT_FOUND: 'No control with that id is in the framework.',
  MAPPING_NOT_FOUND: 'The catalog holds no mapping between the two frameworks.',
  NOT_FOUND: 'No such object in this organization (or you may not see it).',
  CATALOG_INVALID: 'The catalog data files failed validation.',
  CATALOG_UNREADABLE: 'The compiled catalog is missing, unreadable or of an unsupported format version.',
  EXPORT_FORMAT_UNSUPPORTED: 'The framework cannot be exported in the requested format.',
  UNAUTHENTICATED: 'No valid session or API token was presented.',
  FORBIDDEN: 'Your role in this organization does not allow this action.',
  CSRF_FAILED: 'A state-changing request made with a session cookie lacked a valid X-CSRF-Token header.',
  LOGIN_FAILED: 'The email or password is wrong, or the account is disabled.',
  RATE_LIMITED: 'Too many attempts; wait before trying again.',
  PASSWORD_REJECTED: 'The password is too short or too common.',
  SETUP_UNAVAILABLE: 'First-run setup is finished or the setup link is invalid or expired.',
  ALREADY_EXISTS: 'An object with the same unique key already exists.',
  VERSION_CONFLICT: 'The object changed since you read it; the response carries the current state.',
  PRECONDITION_REQUIRED: 'This update needs an If-Match header with the version you read.',
  PAYLOAD_TOO_LARGE: 'The request body or upload is larger than allowed.',
  UNSUPPORTED_MEDIA_TYPE: 'The request body has a content type this route does not accept.',
  DATABASE_TOO_NEW: 'The database was migrated by a newer Nimbus than this one.',
  DATABASE_UNAVAILABLE: 'The database cannot be opened, reached or migrated.',
  INTEGRITY_FAILED: 'Verification found a broken audit chain or an evidence file whose hash does not match.',
  BACKUP_INVALID: 'The backup file is not a Nimbus backup or is damaged.',
  INTERNAL: 'An unexpected error; please report it with the --debug output.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (value: string): value is ErrorCode => Object.hasOwn(ERROR_CODES, value);
