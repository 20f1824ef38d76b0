import { NimbusError } from '@nimbus/core';
import { describe, expect, it } from 'vitest';
import { NIMBUS_UUID_NAMESPACE, uuidV5 } from './uuid-v5.js';

// The name-space ids RFC 4122 (appendix C) and RFC 9562 define for DNS names and URLs.
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV5', () => {
  it('matches the published version 5 test vectors', () => {
    // RFC 9562 appendix A.4.
    expect(uuidV5('www.example.com', DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // Also given by other implementations (Python's uuid module documents the first).
    expect(uuidV5('python.org', DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('http://www.ietf.org/rfc/rfc4122.txt', URL_NS)).toBe(
      'd0690b3c-b29d-52e7-81b0-d573b503f2d4',
    );
  });

  it('reads the namespace case-insensitively', () => {
    expect(uuidV5('www.example.com', DNS.toUpperCase())).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('uses the Nimbus namespace by default, so the UUIDs of earlier exports stay the same', () => {
    expect(uuidV5('nimbus-scanner')).toBe(uuidV5('nimbus-scanner', NIMBUS_UUID_NAMESPACE));
    expect(uuidV5('nimbus-scanner')).toBe('dd9c5bec-aa4f-5a51-bea9-b9f66d20cecd');
  });

  it('hashes the seed as UTF-8', () => {
    expect(uuidV5('héllo ✓')).toBe('0f5ec41a-2270-5411-b43d-40fb07794a8f');
  });

  it('gives the same UUID for the same seed and different UUIDs for different seeds', () => {
    const seeds = ['', 'a', 'b', 'resource:aws_s3_bucket.logs', 'resource:aws_s3_bucket.logs2'];
    const ids = seeds.map((s) => uuidV5(s));
    expect(seeds.map((s) => uuidV5(s))).toEqual(ids);
    expect(new Set(ids).size).toBe(seeds.length);
    for (const id of ids) expect(id).toMatch(V5);
  });

  it('refuses a namespace that is not a UUID instead of hashing part of it', () => {
    for (const bad of [
      '',
      'nimbus',
      DNS.slice(0, -1),
      `${DNS}0`,
      DNS.replace(/-/g, ''),
      DNS.replace('6', 'g'),
    ]) {
      expect(() => uuidV5('x', bad), bad).toThrow(NimbusError);
      expect(() => uuidV5('x', bad), bad).toThrow(`not a UUID namespace: ${JSON.stringify(bad)}`);
    }
  });
});
