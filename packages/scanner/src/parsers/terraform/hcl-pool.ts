import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { formatLimit } from './hcl-pool-timeout.js';
import {
  HCL_PARSE_NAME,
  HCL_WORKER_SOURCE,
  type HclParseRequest,
  type HclWorkerData,
  type HclWorkerMessage,
} from './hcl-worker.js';

// hcl2json worker threads, started when requests wait and kept for the next files and the next scans of the
// process. Requests wait in one line and go to the first free worker; each gets its own time limit from the
// moment its worker receives it. A request past its limit, or a worker that dies (out of memory, a crash), ends
// that worker: the request gets a `timeout` or `crashed` outcome and a fresh worker is started when needed.
// Workers never keep the process alive (they are unref'd; the timer of a request in progress is what waits).

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
  /** How many workers may run side by side (1 unless given). */
  readonly size?: number;
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

/** One worker of the pool: its thread (started when needed), whether it is ready, and its request. */
interface Slot {
  worker: Worker | undefined;
  ready: boolean;
  startup: NodeJS.Timeout | undefined;
  running: Running | undefined;
}

export class HclPool {
  readonly #source: string;
  readonly #hcl2json: string;
  readonly #limits: ResourceLimits;
  readonly #startupMs: number;
  readonly #queue: Job[] = [];
  readonly #slots: Slot[];
  #nextId = 1;
  #spawned = 0;

  constructor(options: HclPoolOptions = {}) {
    this.#source = options.source ?? HCL_WORKER_SOURCE;
    this.#hcl2json = options.hcl2json ?? '@cdktn/hcl2json';
    this.#limits = options.resourceLimits ?? { maxOldGenerationSizeMb: WORKER_HEAP_MB };
    this.#startupMs = options.startupMs ?? WORKER_STARTUP_MS;
    this.#slots = Array.from({ length: Math.max(1, Math.floor(options.size ?? 1)) }, () => ({
      worker: undefined,
      ready: false,
      startup: undefined,
      running: undefined,
    }));
  }

  /** Workers started so far (at most `size` unless a request timed out or a worker died). */
  get spawned(): number {
    return this.#spawned;
  }

  /** Parses `text` in a worker, within `timeoutMs` once the worker has it. Never rejects. */
  parse(text: string, timeoutMs: number): Promise<HclAnswer> {
    return new Promise((resolve) => {
      this.#queue.push({ text, timeoutMs, resolve });
      this.#pump();
    });
  }

  /** Stops the workers (requests in line are answered `crashed`). */
  async close(): Promise<void> {
    const workers = this.#slots.map((slot) => slot.worker);
    for (const slot of this.#slots) this.#discard(slot);
    for (const job of this.#queue.splice(0))
      job.resolve({ outcome: { kind: 'crashed', reason: 'stopped: pool closed' }, ms: 0 });
    for (const slot of this.#slots)
      if (slot.running) this.#end(slot, { kind: 'crashed', reason: 'stopped: pool closed' });
    await Promise.all(workers.map((worker) => worker?.terminate()));
  }

  /**
   * Hands waiting requests to ready workers. A worker is started only for requests that the workers already
   * started (starting, or ready and free) cannot take: one file uses one worker, a folder of them all of them.
   */
  #pump(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (slot.running) continue;
      if (!slot.worker) {
        const free = this.#slots.filter((s) => s.worker && !s.running).length;
        if (free >= this.#queue.length) continue;
        try {
          this.#spawn(slot);
        } catch (err) {
          // hcl2json missing, or a worker refused by Node: this request fails, the next one tries again.
          const reason = `could not start: ${err instanceof Error ? err.message : String(err)}`;
          this.#queue.shift()?.resolve({ outcome: { kind: 'crashed', reason }, ms: 0 });
          this.#pump();
          return;
        }
        continue;
      }
      if (slot.ready) this.#send(slot);
    }
  }

  #send(slot: Slot): void {
    const job = this.#queue.shift();
    if (!job || !slot.worker) return;
    const id = this.#nextId++;
    const timer = setTimeout(() => {
      if (slot.running?.id !== id) return;
      this.#discard(slot);
      this.#end(slot, { kind: 'timeout' });
    }, job.timeoutMs);
    slot.running = { job, id, timer, sent: performance.now() };
    slot.worker.postMessage({ id, text: job.text } satisfies HclParseRequest);
  }

  #spawn(slot: Slot): void {
    const workerData: HclWorkerData = {
      hcl2json: resolveHere.resolve(this.#hcl2json),
      name: HCL_PARSE_NAME,
    };
    const worker = new Worker(this.#source, { eval: true, workerData, resourceLimits: this.#limits });
    this.#spawned++;
    slot.worker = worker;
    slot.ready = false;
    slot.startup = setTimeout(() => {
      if (slot.worker !== worker) return;
      this.#discard(slot);
      this.#queue.shift()?.resolve({
        outcome: { kind: 'crashed', reason: `did not start within ${formatLimit(this.#startupMs)}` },
        ms: 0,
      });
      this.#pump();
    }, this.#startupMs);
    let error: Error | undefined;
    worker.on('message', (message: HclWorkerMessage) => {
      if (slot.worker !== worker) return;
      if (message.type === 'ready') {
        clearTimeout(slot.startup);
        slot.ready = true;
        this.#pump();
      } else if (message.id === slot.running?.id)
        this.#end(
          slot,
          message.type === 'parsed'
            ? { kind: 'parsed', body: message.body }
            : { kind: 'failed', message: message.message },
        );
    });
    worker.on('error', (err) => {
      error = err;
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      const running = slot.running !== undefined;
      this.#discard(slot);
      const outcome: HclOutcome = {
        kind: 'crashed',
        reason: describeDeath(error, code, this.#limits.maxOldGenerationSizeMb),
      };
      // A worker that dies before it is ready fails a waiting request, so that a broken install cannot leave
      // requests waiting forever.
      if (running) this.#end(slot, outcome);
      else {
        this.#queue.shift()?.resolve({ outcome, ms: 0 });
        this.#pump();
      }
    });
    // After the listeners: adding a `message` listener refs the worker's port again.
    worker.unref();
  }

  /** Forgets a slot's worker and stops it; its late messages and its exit are ignored. */
  #discard(slot: Slot): void {
    const worker = slot.worker;
    clearTimeout(slot.startup);
    slot.worker = undefined;
    slot.ready = false;
    void worker?.terminate();
  }

  /** Answers a slot's request in progress and starts the next one. */
  #end(slot: Slot, outcome: HclOutcome): void {
    const running = slot.running;
    if (!running) return;
    clearTimeout(running.timer);
    slot.running = undefined;
    running.job.resolve({ outcome, ms: performance.now() - running.sent });
    this.#pump();
  }
}

/**
 * Workers of the process's pool: one per core, at most four, or NIMBUS_SCAN_WORKERS. hcl2json is the slow part of
 * reading Terraform and the main thread mostly waits for it, so parsing a folder's files side by side shortens it.
 */
export const defaultPoolSize = (env = process.env.NIMBUS_SCAN_WORKERS): number => {
  const asked = Number(env);
  if (env && Number.isInteger(asked) && asked >= 1 && asked <= 64) return asked;
  return Math.min(4, Math.max(1, availableParallelism()));
};

/** The pool of the process, shared by every scan. */
export const hclPool = new HclPool({ size: defaultPoolSize() });
