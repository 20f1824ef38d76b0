import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { invalidateOrgData } from '../../api/queries/keys.js';
import { useOrgId, useSession } from '../../api/session.js';
import type { Evidence } from '../../api/types.js';
import { uploadEvidence } from '../../api/upload-evidence.js';

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

/**
 * Uploads evidence files linked to one control result, each with its progress (api/upload-evidence.ts). Uploads
 * still running when the component goes away are cancelled.
 */
export const useEvidenceUpload = (resultId: string, onUploaded?: (evidence: Evidence) => void) => {
  const orgId = useOrgId();
  const { data: session } = useSession();
  const client = useQueryClient();
  const [items, setItems] = useState<readonly UploadItem[]>([]);
  const running = useRef(new Map<number, AbortController>());
  const nextKey = useRef(1);

  useEffect(() => {
    const open = running.current;
    return () => {
      for (const controller of open.values()) controller.abort();
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
      const controller = new AbortController();
      running.current.set(key, controller);
      uploadEvidence(
        orgId,
        { file, resultIds: [resultId] },
        session?.csrfToken ?? '',
        (progress) => patchItem(key, { progress }),
        controller.signal,
      ).then(
        (evidence) => {
          running.current.delete(key);
          patchItem(key, { state: 'done', progress: 1, evidence });
          onUploaded?.(evidence);
          void invalidateOrgData(client, orgId);
        },
        (err: unknown) => {
          running.current.delete(key);
          // Cancelled because the panel closed: nothing is left to show it in.
          if ((err as { name?: unknown } | null)?.name === 'AbortError') return;
          const error =
            err instanceof ApiError ? err : new ApiError(0, 'HTTP_ERROR', 'The upload failed. Try again.');
          patchItem(key, { state: 'error', error });
        },
      );
    },
    [client, onUploaded, orgId, patchItem, resultId, session?.csrfToken],
  );

  const dismiss = useCallback((key: number) => setItems((list) => list.filter((i) => i.key !== key)), []);

  return { items, upload, dismiss };
};
