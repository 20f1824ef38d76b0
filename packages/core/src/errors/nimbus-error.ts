import type { ErrorCode } from './codes.js';

/** A failure with a stable code, a human message and structured details for adapters to render. */
export class NimbusError extends Error {
  override readonly name = 'NimbusError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export const isNimbusError = (value: unknown): value is NimbusError => value instanceof NimbusError;
