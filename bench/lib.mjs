// Shared helpers for the Nimbus benchmarks: timing, statistics and the machine description.
import { spawnSync } from 'node:child_process';
import { cpus, platform, release, totalmem } from 'node:os';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
export const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

/** Runs fn `runs` times after `warmup` runs and returns the timings in ms. */
export const time = (fn, { runs = 50, warmup = 5 } = {}) => {
  for (let i = 0; i < warmup; i++) fn();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
};

/** Wall time of a whole process, in ms, over `runs` runs. */
export const timeProcess = (cmd, args, { runs = 15, warmup = 2, cwd } = {}) =>
  time(
    () => {
      const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    },
    { runs, warmup },
  );

export const machine = () => {
  const c = cpus();
  return `${c[0]?.model ?? 'unknown CPU'} × ${c.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
};
