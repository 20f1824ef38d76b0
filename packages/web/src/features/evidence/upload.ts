import { ApiError } from '../../api/api-error.js';
import type { EvidenceDetail } from './evidence-types.js';

export interface UploadFields {
  readonly file: File;
  readonly title?: string;
  readonly collectedAt?: string;
  readonly validUntil?: string;
  readonly ownerId?: string | null;
}

/**
 * Uploads one file as multipart/form-data with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Errors become ApiError like every other API call.
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

    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/orgs/${orgId}/evidence`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : {};
      } catch {
        body = {};
      }
      if (xhr.status === 201) {
        onProgress(1);
        resolve(body as unknown as EvidenceDetail);
      } else {
        reject(
          new ApiError(
            xhr.status,
            String(body.code ?? (xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'HTTP_ERROR')),
            String(body.detail ?? (xhr.statusText || 'The upload failed')),
            body,
          ),
        );
      }
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.'),
      );
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
