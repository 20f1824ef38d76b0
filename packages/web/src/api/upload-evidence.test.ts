// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import { uploadEvidence } from './upload-evidence.js';

/** A stand-in for XMLHttpRequest: records what is sent; the test answers with `respond` or `fail`. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | undefined;
  status = 0;
  statusText = '';
  responseText = '';
  aborted = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    {
      onprogress: null,
    };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  respond(status: number, body: unknown, statusText = '') {
    this.status = status;
    this.statusText = statusText;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

const sent = () => {
  const xhr = FakeXhr.last;
  if (!xhr) throw new Error('no request was sent');
  return xhr;
};

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = undefined;
});

const file = new File(['policy text'], 'policy.txt', { type: 'text/plain' });

describe('uploadEvidence', () => {
  it('posts the file, its fields and the results to link, with the CSRF token, and reports progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const progress: number[] = [];
    const done = uploadEvidence(
      'org1',
      { file, title: '  Policy  ', validUntil: '2027-01-31', ownerId: null, resultIds: ['r1', 'r2'] },
      'csrf-1',
      (f) => progress.push(f),
    );
    const xhr = sent();
    expect([xhr.method, xhr.url]).toEqual(['POST', '/api/v1/orgs/org1/evidence']);
    expect(xhr.headers['x-csrf-token']).toBe('csrf-1');
    expect(xhr.body?.get('title')).toBe('Policy');
    expect(xhr.body?.get('validUntil')).toBe('2027-01-31');
    expect(xhr.body?.has('collectedAt')).toBe(false);
    expect(xhr.body?.has('ownerId')).toBe(false);
    expect(xhr.body?.getAll('resultIds')).toEqual(['r1', 'r2']);
    expect(xhr.body?.get('file')).toMatchObject({ name: 'policy.txt' });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
    xhr.respond(201, { id: 'e1', title: 'Policy' });
    await expect(done).resolves.toMatchObject({ id: 'e1', title: 'Policy' });
    expect(progress).toEqual([0.5, 1]);
  });

  it('turns a refusal into an ApiError with the server code, or the status when the body says nothing', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const refused = uploadEvidence('org1', { file }, 't', () => {});
    sent().respond(400, { code: 'VALIDATION_FAILED', detail: 'validUntil: before collectedAt' });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'validUntil: before collectedAt',
    });
    const tooLarge = uploadEvidence('org1', { file }, 't', () => {});
    sent().respond(413, '<html>too large</html>', 'Payload Too Large');
    const err = await tooLarge.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Payload Too Large' });
  });

  it('says the server cannot be reached on a network error, and cancels with the signal', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const offline = uploadEvidence('org1', { file }, 't', () => {});
    sent().onerror?.();
    await expect(offline).rejects.toMatchObject({ code: 'NETWORK' });
    const controller = new AbortController();
    const cancelled = uploadEvidence('org1', { file }, 't', () => {}, controller.signal);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent().aborted).toBe(true);
  });
});
