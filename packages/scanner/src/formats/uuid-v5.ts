import { createHash } from 'node:crypto';
import { NimbusError } from '@nimbus/core';

/**
 * The Nimbus namespace for name-based UUIDs. Changing it changes every UUID Nimbus writes (OSCAL catalogs,
 * mappings and assessment results), so documents exported before and after would no longer match.
 */
export const NIMBUS_UUID_NAMESPACE = 'b7f3a3c2-5d0e-4c61-9a3e-27017c10d000';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A name-based UUID, version 5 (SHA-1) of RFC 4122 / RFC 9562: the same seed always gives the same UUID, so the
 * same report or catalog renders the same document and exports diff cleanly. The single implementation of
 * Nimbus: the CLI imports it from here (it needs node:crypto, which @nimbus/core must not use).
 */
export const uuidV5 = (seed: string, namespace = NIMBUS_UUID_NAMESPACE): string => {
  if (!UUID.test(namespace))
    throw new NimbusError('INVALID_ARGUMENT', `not a UUID namespace: ${JSON.stringify(namespace)}`, {
      namespace,
    });
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(seed, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
