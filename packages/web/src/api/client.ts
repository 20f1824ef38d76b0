import { ApiError } from './api-error.js';

let csrfToken = '';
let onUnauthenticated: (() => void) | undefined;

/** The CSRF token of the current session, sent on every state-changing request. */
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

/** Called when a request finds the session gone, so the app can send the user to sign in. */
export const setUnauthenticatedHandler = (fn: () => void) => {
  onUnauthenticated = fn;
};

const SAFE = new Set(['GET', 'HEAD']);

export interface RequestOptions {
  readonly method?: string;
  readonly body?: unknown;
  readonly ifMatch?: number;
  readonly signal?: AbortSignal;
}

/** Calls the API (same origin, cookie session). Problems become ApiError with their code and message. */
export const api = async <T>(
  path: string,
  options: RequestOptions = {},
): Promise<{ data: T; etag: string | null }> => {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (!SAFE.has(method)) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['if-match'] = `"v${options.ifMatch}"`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.');
  }
  if (res.status === 204) return { data: undefined as T, etag: res.headers.get('etag') };
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const problem = (json ?? {}) as Record<string, unknown>;
    const err = new ApiError(
      res.status,
      String(problem.code ?? 'HTTP_ERROR'),
      String(problem.detail ?? res.statusText),
      problem,
    );
    if (res.status === 401 && !path.startsWith('/api/v1/auth/')) onUnauthenticated?.();
    throw err;
  }
  return { data: json as T, etag: res.headers.get('etag') };
};

export const get = async <T>(path: string, signal?: AbortSignal) =>
  (await api<T>(path, signal ? { signal } : {})).data;

/** The API path of an organization, the prefix of every tenant resource. */
export const orgPath = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}`;
