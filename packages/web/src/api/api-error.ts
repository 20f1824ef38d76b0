/** An API failure as the UI sees it: the stable code, the message, and for 409s the state now stored. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** What the user can do about it, in a sentence. */
  get hint(): string {
    switch (this.code) {
      case 'UNAUTHENTICATED':
        return 'Your session ended. Sign in again.';
      case 'FORBIDDEN':
        return 'Your role does not allow this. Ask an owner or admin.';
      case 'VERSION_CONFLICT':
        return 'Someone changed this while you were editing. Review their change and apply yours again.';
      case 'VALIDATION_FAILED':
        return 'Correct the highlighted fields and try again.';
      case 'PAYLOAD_TOO_LARGE':
        return 'The file is larger than the server allows.';
      case 'RATE_LIMITED':
        return 'Too many attempts. Wait a few minutes.';
      case 'NOT_FOUND':
        return 'It may have been deleted, or it belongs to another organization.';
      default:
        return this.status >= 500
          ? `Something went wrong on the server (request ${String(this.body.requestId ?? '?')}).`
          : '';
    }
  }

  /** Field-level problems from a 400, keyed by field path. */
  get fieldErrors(): Record<string, string> {
    const errors = (this.body.errors as { path: string; message: string }[] | undefined) ?? [];
    return Object.fromEntries(errors.map((e) => [e.path, e.message]));
  }
}
