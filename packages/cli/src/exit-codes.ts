import type { ErrorCode } from '@nimbus/core';

/** Exit codes of the `nimbus` command. The one place where error codes become exit codes. */
export const EXIT = {
  ok: 0,
  /** Findings: validation problems, failed checks. */
  findings: 1,
  /** The command was used wrongly: bad flags, unknown ids, unreadable input. */
  usage: 2,
  /** Nimbus itself failed: missing build output, unexpected error. */
  internal: 3,
} as const;

export const exitCodeFor = (code: ErrorCode): number => EXIT_BY_CODE[code];

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: EXIT.usage,
  VALIDATION_FAILED: EXIT.usage,
  FRAMEWORK_NOT_FOUND: EXIT.usage,
  CONTROL_NOT_FOUND: EXIT.usage,
  MAPPING_NOT_FOUND: EXIT.usage,
  NOT_FOUND: EXIT.usage,
  EXPORT_FORMAT_UNSUPPORTED: EXIT.usage,
  UNAUTHENTICATED: EXIT.usage,
  FORBIDDEN: EXIT.usage,
  CSRF_FAILED: EXIT.usage,
  LOGIN_FAILED: EXIT.usage,
  RATE_LIMITED: EXIT.usage,
  PASSWORD_REJECTED: EXIT.usage,
  SETUP_UNAVAILABLE: EXIT.usage,
  ALREADY_EXISTS: EXIT.usage,
  VERSION_CONFLICT: EXIT.usage,
  PRECONDITION_REQUIRED: EXIT.usage,
  PAYLOAD_TOO_LARGE: EXIT.usage,
  UNSUPPORTED_MEDIA_TYPE: EXIT.usage,
  BACKUP_INVALID: EXIT.usage,
  CATALOG_INVALID: EXIT.findings,
  INTEGRITY_FAILED: EXIT.findings,
  CATALOG_UNREADABLE: EXIT.internal,
  DATABASE_TOO_NEW: EXIT.internal,
  DATABASE_UNAVAILABLE: EXIT.internal,
  INTERNAL: EXIT.internal,
};
