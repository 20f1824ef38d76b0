import { createHash } from 'node:crypto';

/** The Nimbus namespace for name-based UUIDs (the same as the CLI's exports). */
const NAMESPACE = 'b7f3a3c2-5d0e-4c61-9a3e-27017c10d000';

/** RFC 9562 UUIDv5: the same seed always gives the same UUID, so the same report renders the same document. */
export const uuidV5 = (seed: string, namespace = NAMESPACE): string => {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(seed, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
