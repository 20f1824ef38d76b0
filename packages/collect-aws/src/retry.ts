import { isThrottling } from './aws-errors.js';

export interface RetryOptions {
  /** Extra tries of one call that AWS keeps throttling after the SDK's own retries gave up. */
  readonly attempts: number;
  /** First wait, doubled at each try, with jitter. */
  readonly baseDelayMs: number;
}

/** The SDK's attempts per call (its default is 3): collection is many calls and throttling is common. */
export const SDK_MAX_ATTEMPTS = 6;

export const DEFAULT_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 1000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `fn`, and again after a growing wait while AWS answers with a throttling error. */
export const retryThrottled = async <T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= options.attempts || !isThrottling(err)) throw err;
      const delay = options.baseDelayMs * 2 ** attempt;
      await sleep(delay / 2 + Math.random() * (delay / 2));
    }
  }
};

interface Sender {
  send(...args: never[]): Promise<unknown>;
}

/**
 * The same client, whose `send` retries throttled calls with `retryThrottled`. The SDK already retries each
 * call (SDK_MAX_ATTEMPTS) but its retry quota runs dry when many regions are collected at once; this second,
 * slower layer lets the collection finish instead of recording a throttling error. A proxy keeps the client's
 * class, which the SDK's paginators check.
 */
export const withThrottleRetry = <C extends Sender>(client: C, options: RetryOptions): C =>
  new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (...args: never[]) => retryThrottled(() => target.send(...args), options);
    },
  });
