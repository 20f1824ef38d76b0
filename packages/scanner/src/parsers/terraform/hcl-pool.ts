import { createRequire } from 'node:module';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { formatLimit } from './hcl-pool-timeout.js';
import {
  HCL_PARSE_NAME,
  HCL_WORKER_SOURCE,
  type HclParseRequest,
  type HclWorkerData,
  type HclWorkerMessage,
} from './hcl-worker.js';

// One hcl2json worker thread, started on the first request and kept for the next files and the next scans of
// the process. Requests wait in line; each gets its own time limit from the moment the worker receives it. A
// request past its limit, or a worker that dies (out of memory, a crash), ends that worker: the request gets a
// `timeout` or `crashed` outcome and the next one starts a fresh worker. The worker never keeps the process
// alive (it is unref'd; the timer of the request in progress is what waits).

/** How one request ended. `failed` carries hcl2json's error text (a syntax error). */
export type HclOutcome =
  | { readonly kind: 'parsed'; readonly body: unknown }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'crashed'; readonly reason: string };

/** A request's outcome and the time the worker had it, in milliseconds (waiting in line is not counted). */
export interface HclAnswer {
  readonly outcome: HclOutcome;
  readonly ms: number;
}

/** The JavaScript heap a worker may use; past it the worker dies and the file is reported, not the scan. */
export const WORKER_HEAP_MB = 512;

/** Time for a new worker to load hcl2json and compile its WebAssembly, not counted in any file's limit. */
export const WORKER_STARTUP_MS = 30_000;

export interface HclPoolOptions {
  /** The worker's script; tests give scripts that hang or die. */
  readonly source?: string;
  /** The hcl2json package, resolved from here; tests name one that is not installed. */
  readonly hcl2json?: string;
  readonly resourceLimits?: ResourceLimits;
  readonly startupMs?: number;
}

interface Job {
  readonly text: string;
  readonly timeoutMs: number;
  readonly resolve: (answer: HclAnswer) => void;
}

interface Running {
  readonly job: Job;
  readonly id: number;
  readonly timer: NodeJS.Timeout;
  readonly sent: number;
}

const resolveHere = createRequire(import.meta.url);

const describeDeath = (err: Error | undefined, code: number, heapMb: number | undefined): string => {
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return heapMb ? `ran out of memory (over ${heapMb} MB)` : 'ran out of memory';
  if (err) return `stopped: ${err.message}`;
  return `stopped with exit code ${code}`;
};

export class HclPool {
  readonly #source: string;
  readonly #hcl2json: string;
  readonly #limits: ResourceLimits;
  readonly #startupMs: number;
  readonly #queue: Job[] = [];
  #worker: Worker | undefined;
  #ready = false;
  #startup: NodeJS.Timeout | undefined;
  #running: Running | undefined;
  #nextId = 1;
  #spawned = 0;

  constructor(options: HclPoolOptions = {}) {
    this.#source = options.source ?? HCL_WORKER_SOURCE;
    this.#hcl2json = options.hcl2json ?? '@cdktn/hcl2json';
    this.#limits = options.resourceLimits ?? { maxOldGenerationSizeMb: WORKER_HEAP_MB };
    this.#startupMs = options.startupMs ?? WORKER_STARTUP_MS;
  }

  /** Workers started so far (one unless a request timed out or a worker died). */
  get spawned(): number {
    return this.#spawned;
  }

  /** Parses `text` in the worker, within `timeoutMs` once the worker has it. Never rejects. */
  parse(text: string, timeoutMs: number): Promise<HclAnswer> {
    return new Promise((resolve) => {
      this.#queue.push({ text, timeoutMs, resolve });
      this.#pump();
    });
  }

  /** Stops the worker (requests in line are answered `crashed`). */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#discard();
    for (const job of this.#queue.splice(0))
      job.resolve({ outcome: { kind: 'crashed', reason: 'stopped: pool closed' }, ms: 0 });
    if (this.#running) this.#end({ kind: 'crashed', reason: 'stopped: pool closed' });
    await worker?.terminate();
  }

  #pump(): void {
    if (this.#running || this.#queue.length === 0) return;
    if (!this.#worker)
      try {
        this.#spawn();
      } catch (err) {
        // hcl2json missing, or a worker refused by Node: this request fails, the next one tries again.
        const reason = `could not start: ${err instanceof Error ? err.message : String(err)}`;
        this.#queue.shift()?.resolve({ outcome: { kind: 'crashed', reason }, ms: 0 });
        this.#pump();
        return;
      }
    const worker = this.#worker;
    if (!worker || !this.#ready) return;
    const job = this.#queue.shift();
    if (!job) return;
    const id = this.#nextId++;
    const timer = setTimeout(() => {
      if (this.#running?.id !== id) return;
      this.#discard();
      this.#end({ kind: 'timeout' });
    }, job.timeoutMs);
    this.#running = { job, id, timer, sent: performance.now() };
    worker.postMessage({ id, text: job.text } satisfies HclParseRequest);
  }

  #spawn(): void {
    const workerData: HclWorkerData = {
      hcl2json: resolveHere.resolve(this.#hcl2json),
      name: HCL_PARSE_NAME,
    };
    const worker = new Worker(this.#source, { eval: true, workerData, resourceLimits: this.#limits });
    this.#spawned++;
    this.#worker = worker;
    this.#ready = false;
    this.#startup = setTimeout(() => {
      if (this.#worker !== worker) return;
      this.#discard();
      this.#queue.shift()?.resolve({
        outcome: { kind: 'crashed', reason: `did not start within ${formatLimit(this.#startupMs)}` },
        ms: 0,
      });
      this.#pump();
    }, this.#startupMs);
    let error: Error | undefined;
    worker.on('message', (message: HclWorkerMessage) => {
      if (this.#worker !== worker) return;
      if (message.type === 'ready') {
        clearTimeout(this.#startup);
        this.#ready = true;
        this.#pump();
      } else if (message.id === this.#running?.id)
        this.#end(
          message.type === 'parsed'
            ? { kind: 'parsed', body: message.body }
            : { kind: 'failed', message: message.message },
        );
    });
    worker.on('error', (err) => {
      error = err;
    });
    worker.on('exit', (code) => {
      if (this.#worker !== worker) return;
      const running = this.#running !== undefined;
      this.#discard();
      const outcome: HclOutcome = {
        kind: 'crashed',
        reason: describeDeath(error, code, this.#limits.maxOldGenerationSizeMb),
      };
      // A worker that dies before it is ready fails the request that started it, so that a broken install
      // cannot leave requests waiting forever.
      if (running) this.#end(outcome);
      else {
        this.#queue.shift()?.resolve({ outcome, ms: 0 });
        this.#pump();
      }
    });
    // After the listeners: adding a `message` listener refs the worker's port again.
    worker.unref();
  }

  /** Forgets the current worker and stops it; its late messages and its exit are ignored. */
  #discard(): void {
    const worker = this.#worker;
    clearTimeout(this.#startup);
    this.#worker = undefined;
    this.#ready = false;
    void worker?.terminate();
  }

  /** Answers the request in progress and starts the next one. */
  #end(outcome: HclOutcome): void {
    const running = this.#running;
    if (!running) return;
    clearTimeout(running.timer);
    this.#running = undefined;
    running.job.resolve({ outcome, ms: performance.now() - running.sent });
    this.#pump();
  }
}

/** The pool of the process, shared by every scan. */
export const hclPool = new HclPool();
