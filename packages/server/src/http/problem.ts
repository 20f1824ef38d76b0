import { ERROR_CODES, type ErrorCode, NimbusError } from '@nimbus/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../app-env.js';
import { HTTP_STATUS } from './status.js';

/** RFC 9457 problem details, with our stable `code` and the request id to quote in a report. */
export const problem = (c: Context<AppEnv>, err: NimbusError, extra: Record<string, unknown> = {}) => {
  const status = HTTP_STATUS[err.code];
  const body = {
    type: `https://nimbus-compliance.org/errors/${err.code.toLowerCase().replace(/_/g, '-')}`,
    title: ERROR_CODES[err.code],
    status,
    code: err.code,
    detail: err.message,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...err.details,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'x-request-id': c.get('requestId') ?? '',
    },
  });
};

const HTTP_EXCEPTION_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Normalizes anything thrown into a NimbusError at one boundary; unknown throws become INTERNAL and are logged. */
export const toNimbusError = (err: unknown): NimbusError => {
  if (err instanceof NimbusError) return err;
  if (err instanceof HTTPException) {
    const code = HTTP_EXCEPTION_CODES[err.status] ?? 'INTERNAL';
    const message =
      code === 'VALIDATION_FAILED' && /json/i.test(err.message)
        ? 'the request body is not valid JSON'
        : err.message;
    return new NimbusError(code, message || ERROR_CODES[code]);
  }
  return new NimbusError(
    'INTERNAL',
    'an unexpected error occurred; the request id identifies it in the server log',
  );
};

export const notFound = (what: string, id: string) =>
  new NimbusError('NOT_FOUND', `no ${what} "${id}" in this organization`);
