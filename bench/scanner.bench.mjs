// Scanner benchmarks (issue §7): check evaluations per second on one core; `scan()` of generated snapshots of
// 10k, 100k and 1M items, each in a child process (wall time inside scan, peak RSS), against a bare
// `readFileSync` + `JSON.parse` of the same file in another child of the same run; and a cold process scanning
// about 1 MB of Terraform. Inputs come from gen-scanner-inputs.mjs, written to bench/out/scanner (git-ignored).
// Run as `node bench/scanner.bench.mjs --child <mode> <path>`, this file is also the child those measures start.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHclTree, writeSnapshot } from './gen-scanner-inputs.mjs';
import { median } from './lib.mjs';

export const title = 'Scanner';

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = (process.env.BENCH_SCANNER_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_SCANNER_RUNS ?? 3);
/** Snapshots under 1M items take a second or less a run: more runs steady their medians. */
const SMALL_RUNS = Number(process.env.BENCH_SCANNER_SMALL_RUNS ?? 7);
const HCL_BYTES = 1_000_000;
/** Larger Terraform trees, by resources (about 240 bytes of HCL each), reported without a target. */
const HCL_RESOURCES = (process.env.BENCH_SCANNER_HCL_RESOURCES ?? '10000,100000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const HCL_BYTES_PER_RESOURCE = 240;
/** A child that takes longer than this is reported as failed rather than waited for. */
const CHILD_TIMEOUT_MS = 10 * 60 * 1000;
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

// ---- children: each prints one JSON line on stdout ----

const children = {
  /** The baseline: read the file and parse it, nothing else. */
  parse: async (path) => {
    const started = performance.now();
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    const ms = performance.now() - started;
    return { ms, rssMb: maxRssMb(), keys: Object.keys(doc).length };
  },
  /** `scan()` of one input (file or folder), as `nimbus scan` runs it; `ms` is the time inside scan. */
  scan: async (path) => {
    const { scan } = await import('../packages/scanner/dist/index.js');
    const full = resolve(path);
    const started = performance.now();
    const report = await scan({ paths: [basename(full)], cwd: dirname(full), configFile: null });
    const ms = performance.now() - started;
    const statuses = {};
    for (const r of report.results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const inputErrors = report.results.filter((r) => r.checkId === 'input').map((r) => r.message);
    return {
      ms,
      // Since the process started: node itself, loading the scanner (and hcl2json's WebAssembly), the scan.
      processMs: performance.now(),
      rssMb: maxRssMb(),
      resources: report.resources,
      results: report.results.length,
      statuses,
      inputErrors: inputErrors.slice(0, 3),
    };
  },
  /**
   * The same snapshot parsed then scanned, turn about, in one process: the medians of the last half of the rounds,
   * once V8 has compiled and optimized the code. What a fresh process pays on top of this is warm-up, a fixed cost.
   */
  steady: async (path) => {
    const { scan } = await import('../packages/scanner/dist/index.js');
    const full = resolve(path);
    const rounds = Number(process.env.BENCH_SCANNER_STEADY_ROUNDS ?? 10);
    const parses = [];
    const scans = [];
    for (let i = 0; i < rounds; i++) {
      let started = performance.now();
      JSON.parse(readFileSync(full, 'utf8'));
      parses.push(performance.now() - started);
      started = performance.now();
      await scan({ paths: [basename(full)], cwd: dirname(full), configFile: null });
      scans.push(performance.now() - started);
    }
    const half = Math.floor(rounds / 2);
    return { ms: median(scans.slice(half)), parseMs: median(parses.slice(half)), rounds, rssMb: maxRssMb() };
  },
  /** Check evaluations per second: the snapshot adapted once, then `runChecks` timed over its resources. */
  evals: async (path) => {
    const { builtinChecks, loadControlLinks, parseInput, runChecks } = await import(
      '../packages/scanner/dist/index.js'
    );
    const parsed = parseInput('snapshot.json', readFileSync(path, 'utf8'));
    const checks = builtinChecks();
    const { controlsOf } = loadControlLinks();
    const byKind = new Map();
    for (const r of parsed.resources) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    // An evaluation is one check on one resource of its kinds.
    const evaluations = checks.reduce(
      (sum, c) => sum + c.resourceKinds.reduce((n, k) => n + (byKind.get(k) ?? 0), 0),
      0,
    );
    const times = [];
    let results = 0;
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      results = runChecks(parsed.resources, checks, controlsOf).results.length;
      times.push(performance.now() - started);
    }
    // The first run compiles the checks; the median of the others is the steady rate.
    const ms = median(times.slice(1));
    return {
      ms,
      firstMs: times[0],
      evaluations,
      resources: parsed.resources.length,
      results,
      perSecond: evaluations / (ms / 1000),
    };
  },
};

const child = (mode, path) => {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: CHILD_TIMEOUT_MS,
  });
  const line = r.stdout?.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    const why = r.error?.message ?? (r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ');
    return { failed: `exit ${r.status ?? r.signal}: ${why}` };
  }
  return JSON.parse(line);
};

/** The median run by `ms` of a child's runs, with the highest peak RSS of them all. */
const medianRun = (out) => {
  const sorted = [...out].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor(sorted.length / 2)];
  return { ...mid, rssMb: Math.max(...out.map((r) => r.rssMb ?? 0)) };
};

/** Several runs of a child: the median run (see medianRun). */
const measure = (mode, path, runs = RUNS) => {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const r = child(mode, path);
    if (r.failed) return r;
    out.push(r);
  }
  return medianRun(out);
};

/**
 * The baseline and the scan of one snapshot, their runs taken turn about: whatever else the machine is doing
 * then weighs on both sides of the ratio alike.
 */
const measurePair = (path, runs = RUNS) => {
  const base = [];
  const scanned = [];
  for (let i = 0; i < runs; i++) {
    const b = child('parse', path);
    const s = child('scan', path);
    if (b.failed || s.failed) return { base: b, scanned: s };
    base.push(b);
    scanned.push(s);
  }
  return { base: medianRun(base), scanned: medianRun(scanned) };
};

// ---- inputs ----

/** Generates the inputs unless those of the same generator and sizes are already there. */
const inputs = (repo) => {
  const dir = join(repo, 'bench/out/scanner');
  const hash = createHash('sha256').update(JSON.stringify({ SIZES, HCL_BYTES, HCL_RESOURCES }));
  for (const generator of ['gen-scanner-inputs.mjs', 'gen-scanner-items.mjs', 'gen-scanner-hcl.mjs'])
    hash.update(readFileSync(join(here, generator)));
  const stamp = hash.digest('hex');
  const stampFile = join(dir, '.stamp');
  const snapshots = SIZES.map((n) => ({ n, path: join(dir, `snapshot-${n}.json`) }));
  const terraform = join(dir, 'terraform');
  const trees = HCL_RESOURCES.map((n) => ({ n, path: join(dir, `terraform-${n}`) }));
  const fresh = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (!fresh) {
    process.stderr.write('bench: generating scanner inputs...\n');
    for (const s of snapshots) writeSnapshot(s.path, s.n);
    writeHclTree(terraform, HCL_BYTES);
    for (const t of trees) writeHclTree(t.path, t.n * HCL_BYTES_PER_RESOURCE);
    writeFileSync(stampFile, stamp);
  }
  return { snapshots, terraform, trees };
};

/** Bytes and files of a folder tree. */
const treeSize = (dir) => {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files++;
    }
  return { bytes, files };
};

// ---- the suite ----

const mb = (bytes) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
const sec = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const num = (n) => Math.round(n).toLocaleString('en-US');
const verdict = (ok) => (ok ? 'met' : 'MISSED');

export const run = async (repo) => {
  const { snapshots, terraform, trees } = inputs(repo);
  const rows = [];
  const targets = [];

  // Evaluations per second on the largest snapshot of at most 100k items (one core: the runner is synchronous).
  const evalInput = [...snapshots].reverse().find((s) => s.n <= 100_000) ?? snapshots[0];
  process.stderr.write(`bench: scanner: evaluations on ${evalInput.n} items...\n`);
  const evals = measure('evals', evalInput.path, 1);
  if (evals.failed) {
    rows.push(['Check evaluations per second', evals.failed, 'at least 1,000,000/s', 'MISSED']);
    targets.push(false);
  } else {
    const ok = evals.perSecond >= 1e6;
    targets.push(ok);
    rows.push([
      `Check evaluations per second: \`runChecks\` on the ${num(evals.resources)} resources of the ${num(evalInput.n)}-item snapshot (${num(evals.evaluations)} evaluations, ${num(evals.results)} results), one core`,
      `${num(evals.perSecond)}/s (${sec(evals.ms)}; first, cold run ${sec(evals.firstMs)})`,
      'at least 1,000,000/s',
      verdict(ok),
    ]);
  }

  for (const { n, path } of snapshots) {
    const size = mb(statSync(path).size);
    process.stderr.write(`bench: scanner: ${n} items (${size})...\n`);
    const { base, scanned } = measurePair(path, n >= 1_000_000 ? RUNS : SMALL_RUNS);
    rows.push([
      `Baseline: \`readFileSync\` + \`JSON.parse\` of the ${num(n)}-item snapshot (${size})`,
      base.failed ?? `${sec(base.ms)}, peak RSS ${num(base.rssMb)} MB`,
      '',
      '',
    ]);
    const large = n >= 1_000_000;
    const target = large
      ? 'at most 3x the baseline; under 30 s; peak RSS under 2 GB'
      : 'at most 3x the baseline';
    if (scanned.failed || base.failed) {
      rows.push([
        `\`scan()\` of the ${num(n)}-item snapshot`,
        scanned.failed ?? 'no baseline',
        target,
        'MISSED',
      ]);
      targets.push(false);
      continue;
    }
    const ratio = scanned.ms / base.ms;
    const broken = scanned.inputErrors.length > 0;
    const checks = [`${ratio.toFixed(2)}x: ${verdict(!broken && ratio <= 3)}`];
    let ok = !broken && ratio <= 3;
    if (large) {
      const fast = !broken && scanned.ms < 30_000;
      const small = !broken && scanned.rssMb < 2048;
      checks.push(`time ${verdict(fast)}`, `RSS ${verdict(small)}`);
      ok = ok && fast && small;
    }
    targets.push(ok);
    rows.push([
      `\`scan()\` of the ${num(n)}-item snapshot, in a fresh process`,
      `${sec(scanned.ms)}, peak RSS ${num(scanned.rssMb)} MB; ${num(scanned.resources)} resources, ${num(scanned.results)} results` +
        (broken ? `; input error: ${scanned.inputErrors[0]}` : ''),
      target,
      checks.join('; '),
    ]);
    // Up to 100k: the same once warm, for what of the fresh process's time is warm-up (no target of its own).
    if (n <= 100_000) {
      const steady = measure('steady', path, 1);
      rows.push([
        `The same, once warm: parse and \`scan()\` turn about in one process (${steady.rounds ?? ''} rounds, medians of the last half)`,
        steady.failed ??
          `${sec(steady.ms)} against a ${sec(steady.parseMs)} parse: ${(steady.ms / steady.parseMs).toFixed(2)}x`,
        '',
        '',
      ]);
    }
  }

  process.stderr.write('bench: scanner: Terraform...\n');
  const tree = treeSize(terraform);
  const hcl = measure('scan', terraform);
  if (hcl.failed) {
    rows.push([
      '`nimbus`-like cold process: `scan()` of about 1 MB of Terraform',
      hcl.failed,
      'under 3 s',
      'MISSED',
    ]);
    targets.push(false);
  } else {
    const ok = hcl.processMs < 3000 && hcl.inputErrors.length === 0;
    targets.push(ok);
    rows.push([
      `Cold process: \`scan()\` of ${mb(tree.bytes)} of Terraform (${num(tree.files)} files, a local module called per team; ${num(hcl.resources)} resources)`,
      `${sec(hcl.processMs)} for the whole process, of which ${sec(hcl.ms)} in \`scan()\` (WebAssembly load included); peak RSS ${num(hcl.rssMb)} MB`,
      'under 3 s',
      verdict(ok),
    ]);
  }

  // Larger trees: one run each (the 100k tree takes tens of seconds), wall time and memory, no target.
  for (const { n, path } of trees) {
    const size = treeSize(path);
    process.stderr.write(`bench: scanner: Terraform of about ${n} resources (${mb(size.bytes)})...\n`);
    const big = measure('scan', path, 1);
    rows.push([
      `Cold process: \`scan()\` of ${mb(size.bytes)} of Terraform (${num(size.files)} files; about ${num(n)} resources wanted)`,
      big.failed ??
        `${sec(big.processMs)} for the whole process (${sec(big.ms)} in \`scan()\`); peak RSS ${num(big.rssMb)} MB; ${num(big.resources)} resources, ${num(big.results)} results; one run`,
      '',
      '',
    ]);
  }

  const table = [
    `Median of ${RUNS} runs per measure (${SMALL_RUNS} for the snapshots under 1M items, baseline and scan taken turn about; peak RSS: the highest of them), each in its own process.`,
    '',
    '| measure | result | target | verdict |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return { table: table.join('\n'), ok: targets.every(Boolean) };
};

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--child') {
  const [mode, path] = process.argv.slice(3);
  const fn = children[mode];
  if (!fn || !path) {
    console.error(`usage: scanner.bench.mjs --child <${Object.keys(children).join('|')}> <path>`);
    process.exit(2);
  }
  console.log(JSON.stringify(await fn(path)));
}
