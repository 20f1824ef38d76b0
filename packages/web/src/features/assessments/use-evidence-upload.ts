import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { useOrgId, useSession } from '../../api/session.js';
import type { Evidence } from '../../api/types.js';

export interface UploadItem {
  readonly key: number;
  readonly name: string;
  readonly size: number;
  /** 0..1 of the bytes sent. */
  readonly progress: number;
  readonly state: 'uploading' | 'done' | 'error';
  readonly evidence?: Evidence;
  readonly error?: ApiError;
}

const parseError = (xhr: XMLHttpRequest): ApiError => {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(xhr.responseText) as Record<string, unknown>;
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(
    xhr.status,
    String(body.code ?? (xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'HTTP_ERROR')),
    String(body.detail ?? (xhr.statusText || 'The upload failed')),
    body,
  );
};

/**
 * Uploads evidence files linked to one control result. XMLHttpRequest rather than fetch, because only it
 * reports upload progress. The CSRF token comes from the session, as for every state-changing request.
 */
export const useEvidenceUpload = (resultId: string, onUploaded?: (evidence: Evidence) => void) => {
  const orgId = useOrgId();
  const { data: session } = useSession();
  const client = useQueryClient();
  const [items, setItems] = useState<readonly UploadItem[]>([]);
  const requests = useRef(new Map<number, XMLHttpRequest>());
  const nextKey = useRef(1);

  useEffect(() => {
    const open = requests.current;
    return () => {
      for (const xhr of open.values()) xhr.abort();
      open.clear();
    };
  }, []);

  const patchItem = useCallback((key: number, change: Partial<UploadItem>) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));
  }, []);

  const upload = useCallback(
    (file: File) => {
      const key = nextKey.current++;
      setItems((list) => [
        { key, name: file.name, size: file.size, progress: 0, state: 'uploading' },
        ...list,
      ]);
      const form = new FormData();
      form.append('file', file);
      form.append('resultIds', resultId);
      const xhr = new XMLHttpRequest();
      requests.current.set(key, xhr);
      xhr.open('POST', `/api/v1/orgs/${orgId}/evidence`);
      xhr.setRequestHeader('accept', 'application/json');
      xhr.setRequestHeader('x-csrf-token', session?.csrfToken ?? '');
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) patchItem(key, { progress: e.loaded / e.total });
      };
      xhr.onload = () => {
        requests.current.delete(key);
        if (xhr.status >= 200 && xhr.status < 300) {
          const evidence = JSON.parse(xhr.responseText) as Evidence;
          patchItem(key, { state: 'done', progress: 1, evidence });
          onUploaded?.(evidence);
          void client.invalidateQueries({
            queryKey: ['org', orgId],
            predicate: (q) => !['members', 'services'].includes(String(q.queryKey[2])),
          });
        } else patchItem(key, { state: 'error', error: parseError(xhr) });
      };
      xhr.onerror = () => {
        requests.current.delete(key);
        patchItem(key, {
          state: 'error',
          error: new ApiError(
            0,
            'NETWORK',
            'The server cannot be reached. Check your connection and try again.',
          ),
        });
      };
      xhr.send(form);
    },
    [client, onUploaded, orgId, patchItem, resultId, session?.csrfToken],
  );

  const dismiss = useCallback((key: number) => setItems((list) => list.filter((i) => i.key !== key)), []);

  return { items, upload, dismiss };
};
