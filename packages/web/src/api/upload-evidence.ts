import { ApiError } from './api-error.js';
import { orgPath } from './client.js';
import type { EvidenceDetail } from './types.js';

export interface UploadFields {
  readonly file: File;
  readonly title?: string;
  readonly collectedAt?: string;
  readonly validUntil?: string;
  readonly ownerId?: string | null;
  /** Control results to link the new evidence to. */
  readonly resultIds?: readonly string[];
}

const bodyOf = (xhr: XMLHttpRequest): Record<string, unknown> => {
  try {
    return xhr.responseText ? (JSON.parse(xhr.responseText) as Record<string, unknown>) : {};
  } catch {
    return {}; // not JSON: the status text says what happened
  }
};

/** The problem of a failed upload as an ApiError, like every other API call. */
const uploadError = (xhr: XMLHttpRequest): ApiError => {
  const body = bodyOf(xhr);
  return new ApiError(
    xhr.status,
    String(body.code ?? (xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'HTTP_ERROR')),
    String(body.detail ?? (xhr.statusText || 'The upload failed')),
    body,
  );
};

/**
 * POST .../evidence: uploads one file as multipart/form-data with XMLHttpRequest, which (unlike fetch) reports
 * upload progress. Sends the session's CSRF token like every state-changing request. Aborting the signal
 * rejects with an AbortError.
 */
export const uploadEvidence = (
  orgId: string,
  fields: UploadFields,
  csrfToken: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<EvidenceDetail> =>
  new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('file', fields.file, fields.file.name);
    if (fields.title?.trim()) form.append('title', fields.title.trim());
    if (fields.collectedAt) form.append('collectedAt', fields.collectedAt);
    if (fields.validUntil) form.append('validUntil', fields.validUntil);
    if (fields.ownerId) form.append('ownerId', fields.ownerId);
    for (const id of fields.resultIds ?? []) form.append('resultIds', id);

    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${orgPath(orgId)}/evidence`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        onProgress(1);
        resolve(bodyOf(xhr) as unknown as EvidenceDetail);
      } else reject(uploadError(xhr));
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.'),
      );
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled', 'AbortError'));
      return;
    }
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
