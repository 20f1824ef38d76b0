import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPoolSize, HclPool } from './hcl-pool.js';

// A stand-in worker whose behaviour each request's text chooses: hang, die in different ways, or answer.
const FAKE_WORKER = `'use strict';
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, text }) => {
  if (text === 'hang') for (;;) {}
  if (text === 'exit') process.exit(7);
  if (text === 'throw') throw new Error('boom');
  if (text === 'grow') {
    const keep = [];
    for (;;) keep.push(new Array(100000).fill(keep.length));
  }
  if (text === 'bad') return parentPort.postMessage({ type: 'failed', id, message: 'bad input' });
  parentPort.postMessage({ type: 'parsed', id, body: { text } });
});
parentPort.postMessage({ type: 'ready' });
`;

const pools: HclPool[] = [];
const pool = (options: ConstructorParameters<typeof HclPool>[0] = {}) => {
  const made = new HclPool(options);
  pools.push(made);
  return made;
};

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const bigHcl = (resources: number) =>
  Array.from(
    { length: resources },
    (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n  tags = { n = "${i}" }\n}\n`,
  ).join('');

describe('HclPool with hcl2json', () => {
  it('parses in one worker, reused from file to file', async () => {
    const hcl = pool();
    const first = await hcl.parse('a = 1\n', 10_000);
    const second = await hcl.parse('b "x" {\n  c = true\n}\n', 10_000);
    const broken = await hcl.parse('a = \n', 10_000);
    expect(first.outcome).toEqual({ kind: 'parsed', body: { a: 1 } });
    expect(second.outcome).toEqual({ kind: 'parsed', body: { b: { x: [{ c: true }] } } });
    expect(broken.outcome).toMatchObject({ kind: 'failed', message: expect.stringMatching(/input\.tf:1,/) });
    expect(hcl.spawned).toBe(1);
  });

  it('stops a parse past its limit in a fresh worker for the next file', async () => {
    const hcl = pool();
    expect((await hcl.parse('warm = 1\n', 10_000)).outcome.kind).toBe('parsed');
    expect((await hcl.parse(bigHcl(3000), 1)).outcome).toEqual({ kind: 'timeout' });
    expect((await hcl.parse('next = 2\n', 10_000)).outcome).toEqual({ kind: 'parsed', body: { next: 2 } });
    expect(hcl.spawned).toBe(2);
  });

  it('leaves nothing that keeps the process alive once idle', async () => {
    const held = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort' || r === 'Worker');
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const hcl = pool();
    const during = hcl.parse('a = 1\n', 10_000);
    expect(timers()).toBe(before + 1);
    await during;
    expect(held()).toEqual([]);
    expect(hcl.spawned).toBe(1);
  });

  it('answers requests made at once in order, in the same worker', async () => {
    const hcl = pool();
    const answers = await Promise.all([1, 2, 3].map((n) => hcl.parse(`n = ${n}\n`, 10_000)));
    expect(answers.map((a) => a.outcome)).toEqual([1, 2, 3].map((n) => ({ kind: 'parsed', body: { n } })));
    expect(hcl.spawned).toBe(1);
  });
});

describe('HclPool with a worker that misbehaves', () => {
  it('ends a parse that never returns, and the next request still gets an answer', async () => {
    const hcl = pool({ source: FAKE_WORKER });
    const started = performance.now();
    expect((await hcl.parse('hang', 100)).outcome).toEqual({ kind: 'timeout' });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await hcl.parse('ok', 1_000)).outcome).toEqual({ kind: 'parsed', body: { text: 'ok' } });
    expect(hcl.spawned).toBe(2);
  });

  it('starts the limit of a waiting request only when the worker gets it', async () => {
    const hcl = pool({ source: FAKE_WORKER });
    const [hung, next] = await Promise.all([hcl.parse('hang', 300), hcl.parse('after', 200)]);
    expect(hung.outcome).toEqual({ kind: 'timeout' });
    expect(next.outcome).toEqual({ kind: 'parsed', body: { text: 'after' } });
  });

  it('reports a worker that exits, throws or runs out of memory, then carries on', async () => {
    const hcl = pool({ source: FAKE_WORKER, resourceLimits: { maxOldGenerationSizeMb: 16 } });
    expect((await hcl.parse('exit', 10_000)).outcome).toEqual({
      kind: 'crashed',
      reason: 'stopped with exit code 7',
    });
    expect((await hcl.parse('throw', 10_000)).outcome).toEqual({ kind: 'crashed', reason: 'stopped: boom' });
    expect((await hcl.parse('grow', 30_000)).outcome).toEqual({
      kind: 'crashed',
      reason: 'ran out of memory (over 16 MB)',
    });
    expect((await hcl.parse('bad', 10_000)).outcome).toEqual({ kind: 'failed', message: 'bad input' });
    expect((await hcl.parse('ok', 10_000)).outcome).toEqual({ kind: 'parsed', body: { text: 'ok' } });
    expect(hcl.spawned).toBe(4);
  });

  it('fails the request of a worker that cannot start or never gets ready', async () => {
    const broken = pool({ source: "throw new Error('no parser here');" });
    expect((await broken.parse('a = 1', 10_000)).outcome).toEqual({
      kind: 'crashed',
      reason: 'stopped: no parser here',
    });
    const missing = pool({ hcl2json: '@cdktn/not-installed' });
    const [first, second] = await Promise.all([missing.parse('a', 10_000), missing.parse('b', 10_000)]);
    for (const answer of [first, second])
      expect(answer.outcome).toEqual({
        kind: 'crashed',
        reason: expect.stringMatching(/^could not start: Cannot find module '@cdktn\/not-installed'/),
      });
    expect(missing.spawned).toBe(0);
    const silent = pool({ source: 'setInterval(() => {}, 1000);', startupMs: 50 });
    const [one, two] = await Promise.all([silent.parse('a', 10_000), silent.parse('b', 10_000)]);
    expect(one.outcome).toEqual({ kind: 'crashed', reason: 'did not start within 50 ms' });
    expect(two.outcome).toEqual({ kind: 'crashed', reason: 'did not start within 50 ms' });
    expect(silent.spawned).toBe(2);
  });

  it('answers the requests still in line when closed', async () => {
    const hcl = pool({ source: FAKE_WORKER });
    const pending = [hcl.parse('hang', 10_000), hcl.parse('later', 10_000)];
    await new Promise((resolve) => setTimeout(resolve, 50));
    await hcl.close();
    expect((await Promise.all(pending)).map((a) => a.outcome)).toEqual([
      { kind: 'crashed', reason: 'stopped: pool closed' },
      { kind: 'crashed', reason: 'stopped: pool closed' },
    ]);
  });
});

describe('HclPool with several workers', () => {
  it('parses side by side: a hung request does not hold up the others, and answers keep their requests', async () => {
    const hcl = pool({ source: FAKE_WORKER, size: 2 });
    const order: string[] = [];
    const asked = (text: string, limit: number) =>
      hcl.parse(text, limit).then((answer) => {
        order.push(text);
        return answer;
      });
    const [hung, ...rest] = await Promise.all([
      asked('hang', 1_500),
      ...[1, 2, 3, 4].map((n) => asked(`n${n}`, 10_000)),
    ]);
    expect(hung?.outcome).toEqual({ kind: 'timeout' });
    expect(rest.map((a) => a.outcome)).toEqual(
      [1, 2, 3, 4].map((n) => ({ kind: 'parsed', body: { text: `n${n}` } })),
    );
    // The others went to the second worker while the first was stuck: they were answered before the hung
    // request timed out (one worker would have answered them only after it).
    expect(order).toEqual(['n1', 'n2', 'n3', 'n4', 'hang']);
    expect(hcl.spawned).toBe(2);
  });

  it('starts a second worker only when requests wait for one', async () => {
    const hcl = pool({ size: 3 });
    expect((await hcl.parse('a = 1\n', 10_000)).outcome).toEqual({ kind: 'parsed', body: { a: 1 } });
    expect((await hcl.parse('b = 2\n', 10_000)).outcome).toEqual({ kind: 'parsed', body: { b: 2 } });
    expect(hcl.spawned).toBe(1);
    const many = await Promise.all(Array.from({ length: 12 }, (_, n) => hcl.parse(`n = ${n}\n`, 10_000)));
    expect(many.map((a) => a.outcome)).toEqual(
      Array.from({ length: 12 }, (_, n) => ({ kind: 'parsed', body: { n } })),
    );
    expect(hcl.spawned).toBeGreaterThan(1);
    expect(hcl.spawned).toBeLessThanOrEqual(3);
  });

  it('takes its size from NIMBUS_SCAN_WORKERS, else one per core up to four', () => {
    expect(defaultPoolSize('3')).toBe(3);
    expect(defaultPoolSize(undefined)).toBe(Math.min(4, Math.max(1, availableParallelism())));
    for (const wrong of ['0', '-1', '2.5', 'many', '65'])
      expect(defaultPoolSize(wrong)).toBe(defaultPoolSize(undefined));
  });
});
