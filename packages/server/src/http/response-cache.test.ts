import { describe, expect, it } from 'vitest';
import { ResponseCache, responseCacheFor } from './response-cache.js';

const b = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString() : undefined);

describe('ResponseCache', () => {
  it('returns what was stored under the same key only', () => {
    const cache = new ResponseCache();
    cache.set('a:1', b('{"x":1}'));
    expect(text(cache.get('a:1'))).toBe('{"x":1}');
    expect(cache.get('a:2')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1 });
  });

  it('evicts the least recently used entry past the entry limit', () => {
    const cache = new ResponseCache({ maxEntries: 2 });
    cache.set('a', b('1'));
    cache.set('b', b('2'));
    cache.get('a');
    cache.set('c', b('3'));
    expect(cache.get('b')).toBeUndefined();
    expect(text(cache.get('a'))).toBe('1');
    expect(text(cache.get('c'))).toBe('3');
  });

  it('keeps the total size under its limit and refuses a body larger than the limit', () => {
    const cache = new ResponseCache({ maxBytes: 10 });
    cache.set('a', b('12345'));
    cache.set('b', b('12345'));
    cache.set('c', b('123'));
    expect(cache.stats().bytes).toBeLessThanOrEqual(10);
    expect(cache.get('a')).toBeUndefined();
    cache.set('huge', b('x'.repeat(11)));
    expect(cache.get('huge')).toBeUndefined();
  });

  it('replaces an entry stored again under the same key without counting it twice', () => {
    const cache = new ResponseCache();
    cache.set('a', b('12'));
    cache.set('a', b('1234'));
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 4 });
  });

  it('gives each database its own cache', () => {
    const one = {};
    const two = {};
    responseCacheFor(one).set('k', b('v'));
    expect(text(responseCacheFor(one).get('k'))).toBe('v');
    expect(responseCacheFor(two).get('k')).toBeUndefined();
  });
});
