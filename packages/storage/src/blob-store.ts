import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** Where evidence files live, addressed by their SHA-256. A port: an S3-compatible store can follow. */
export interface BlobStore {
  /** Stores bytes and returns their SHA-256; storing the same bytes twice keeps one copy. */
  put(bytes: Uint8Array): Promise<{ sha256: string; size: number }>;
  has(sha256: string): Promise<boolean>;
  read(sha256: string): Readable;
  size(sha256: string): Promise<number>;
  /** Re-hashes a stored blob. */
  hash(sha256: string): Promise<string>;
  list(): Promise<string[]>;
  readonly root: string;
}

const HEX = /^[0-9a-f]{64}$/;

/** Blobs on local disk under `root/ab/cd/<sha256>`, written atomically (temp file + rename). */
export const localBlobStore = (root: string): BlobStore => {
  mkdirSync(root, { recursive: true });
  const pathOf = (sha: string) => {
    if (!HEX.test(sha)) throw new Error(`not a SHA-256: ${sha}`);
    return join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  };
  return {
    root,
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        mkdirSync(join(root, sha256.slice(0, 2), sha256.slice(2, 4)), { recursive: true });
        const tmp = `${path}.${randomUUID()}.tmp`;
        writeFileSync(tmp, bytes, { flag: 'wx' });
        renameSync(tmp, path);
      }
      return { sha256, size: bytes.byteLength };
    },
    async has(sha) {
      return HEX.test(sha) && existsSync(pathOf(sha));
    },
    read(sha) {
      return createReadStream(pathOf(sha));
    },
    async size(sha) {
      return statSync(pathOf(sha)).size;
    },
    async hash(sha) {
      const h = createHash('sha256');
      for await (const chunk of createReadStream(pathOf(sha))) h.update(chunk as Buffer);
      return h.digest('hex');
    },
    async list() {
      const out: string[] = [];
      for (const a of await readdir(root).catch(() => [])) {
        for (const b of await readdir(join(root, a)).catch(() => [])) {
          for (const f of await readdir(join(root, a, b)).catch(() => [])) if (HEX.test(f)) out.push(f);
        }
      }
      return out.sort();
    },
  };
};

export const removeBlobRoot = (root: string) => rm(root, { recursive: true, force: true });
