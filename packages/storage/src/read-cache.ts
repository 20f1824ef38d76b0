import { type ChangeClock, UNKNOWN } from './change-clock.js';
import type { Executor } from './executor.js';

export interface ReadCacheOptions {
  /** How many values are kept; past it the cache starts over. */
  readonly max?: number;
  /** How long a value may be reused at most, even when no change was seen (a safety net for a silent watch). */
  readonly maxAgeMs?: number;
}

interface Entry {
  readonly tick: number;
  readonly at: number;
  readonly value: unknown;
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

/**
 * Values read from the database, reused until the change clock moves (any committed write, here or in another
 * process) or they grow old. A value is tagged with the clock as it was before it was read, so a write that
 * lands while it is being read makes it stale at once. Kept values are frozen: callers share them.
 */
export class ReadCache {
  readonly #entries = new Map<string, Entry>();
  readonly #max: number;
  readonly #maxAgeMs: number;

  constructor(
    readonly clock: ChangeClock,
    options: ReadCacheOptions = {},
  ) {
    this.#max = options.max ?? 10_000;
    this.#maxAgeMs = options.maxAgeMs ?? 5_000;
  }

  async get<T>(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const tick = this.clock.read();
    if (tick === UNKNOWN) return load();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.tick === tick && now - hit.at < this.#maxAgeMs) return hit.value as T;
    const value = await load();
    // Misses are not kept: unknown keys (a wrong token, a missing id) must not fill the cache.
    if (value !== undefined) {
      if (this.#entries.size >= this.#max) this.#entries.clear();
      this.#entries.set(key, { tick, at: now, value: deepFreeze(value) });
    }
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}

const caches = new WeakMap<object, ReadCache>();

/** Makes `cachedRead` on this database handle (not on its transactions) use `cache`. */
export const attachReadCache = (db: object, cache: ReadCache): void => {
  caches.set(db, cache);
};

/**
 * Reads through the database's read cache when `db` is the database itself; inside a transaction (whose reads
 * must see its own writes) and without a cache, it simply loads.
 */
export const cachedRead = <T>(
  db: Executor,
  key: string,
  load: () => Promise<T | undefined>,
): Promise<T | undefined> => {
  const cache = caches.get(db);
  return cache ? cache.get(key, load) : load();
};
