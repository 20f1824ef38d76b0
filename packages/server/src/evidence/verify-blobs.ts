import { type BlobStore, listAllFileEvidence, type NimbusDb } from '@nimbus/storage';

export interface MissingBlob {
  readonly evidenceId: string;
  readonly orgId: string;
  readonly sha256: string;
}

export interface MismatchedBlob extends MissingBlob {
  /** The SHA-256 of the bytes actually stored. */
  readonly actual: string;
}

export interface BlobVerification {
  /** File evidence rows checked, across all organizations. */
  readonly checked: number;
  readonly ok: number;
  readonly missing: MissingBlob[];
  readonly mismatched: MismatchedBlob[];
}

/** The stored hash of a blob, or null when it is missing or unreadable. */
const rehash = async (blobs: BlobStore, sha256: string): Promise<string | null> => {
  if (!(await blobs.has(sha256))) return null;
  try {
    return await blobs.hash(sha256);
  } catch {
    return null;
  }
};

/** Re-hashes the blob of every file evidence row (each distinct blob once) and reports what does not match. */
export const verifyEvidenceBlobs = async (store: NimbusDb, blobs: BlobStore): Promise<BlobVerification> => {
  const rows = await listAllFileEvidence(store.db);
  const hashes = new Map<string, Promise<string | null>>();
  const missing: MissingBlob[] = [];
  const mismatched: MismatchedBlob[] = [];
  let ok = 0;
  for (const e of rows) {
    const sha256 = e.sha256 ?? '';
    if (!hashes.has(sha256)) hashes.set(sha256, sha256 ? rehash(blobs, sha256) : Promise.resolve(null));
    const actual = await hashes.get(sha256)!;
    if (actual === null) missing.push({ evidenceId: e.id, orgId: e.orgId, sha256 });
    else if (actual !== sha256) mismatched.push({ evidenceId: e.id, orgId: e.orgId, sha256, actual });
    else ok++;
  }
  return { checked: rows.length, ok, missing, mismatched };
};
