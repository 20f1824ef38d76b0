import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';

/**
 * A bounded in-memory cache of serialized responses, least recently used out first. Keys must name everything
 * the response depends on (an assessment's id, version and revision, the day): an entry is never invalidated,
 * it simply stops being asked for once its key changes, and ages out.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Uint8Array<ArrayBuffer>>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;
  #hits = 0;
  #misses = 0;

  constructor(options: { maxEntries?: number; maxBytes?: number } = {}) {
    this.#maxEntries = options.maxEntries ?? 256;
    this.#maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  }

  /** The stored bytes (encoded once, so a hit costs no serialization and no encoding). */
  get(key: string): Uint8Array<ArrayBuffer> | undefined {
    const body = this.#entries.get(key);
    if (body === undefined) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    // Re-insert: a Map iterates in insertion order, so the oldest key is the least recently used.
    this.#entries.delete(key);
    this.#entries.set(key, body);
    return body;
  }

  set(key: string, body: Uint8Array<ArrayBuffer>): void {
    if (body.byteLength > this.#maxBytes) return;
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#entries.delete(key);
      this.#bytes -= previous.byteLength;
    }
    this.#entries.set(key, body);
    this.#bytes += body.byteLength;
    for (const [oldest, value] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= value.byteLength;
    }
  }

  stats() {
    return { entries: this.#entries.size, bytes: this.#bytes, hits: this.#hits, misses: this.#misses };
  }
}

const caches = new WeakMap<object, ResponseCache>();

/** The cache of one database (so two apps on two databases, as in tests, never share entries). */
export const responseCacheFor = (store: object): ResponseCache => {
  let cache = caches.get(store);
  if (!cache) {
    cache = new ResponseCache();
    caches.set(store, cache);
  }
  return cache;
};

/** True when the client takes gzip (browsers and most HTTP clients say so in Accept-Encoding). */
export const acceptsGzip = (c: Context): boolean => /\bgzip\b/i.test(c.req.header('accept-encoding') ?? '');

/**
 * The JSON of `build()` under `key`, serialized and encoded once: later requests with the same key get the
 * same bytes, gzipped (also once) for clients that accept it. Large JSON compresses about tenfold, which is
 * what a browser on a slow link feels, and a cached body costs no compression per request.
 */
export const cachedJson = async (
  cache: ResponseCache,
  key: string,
  gzip: boolean,
  build: () => Promise<unknown>,
): Promise<{ body: Uint8Array<ArrayBuffer>; encoding?: 'gzip' }> => {
  const wanted = gzip ? `${key}#gzip` : key;
  const hit = cache.get(wanted);
  if (hit) return gzip ? { body: hit, encoding: 'gzip' } : { body: hit };
  let plain = cache.get(key);
  if (!plain) {
    plain = new TextEncoder().encode(JSON.stringify(await build()));
    cache.set(key, plain);
  }
  if (!gzip) return { body: plain };
  const zipped = gzipSync(plain, { level: 6 });
  const body = new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength) as Uint8Array<ArrayBuffer>;
  cache.set(wanted, body);
  return { body, encoding: 'gzip' };
};
