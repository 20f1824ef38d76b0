// Web benchmarks (issue 4): initial JavaScript of the built UI (gzipped, what the first page load fetches) and
// the time to an interactive dashboard on the demo data, against loading the sign-in page in the same run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { fmt, median } from './lib.mjs';

export const title = 'Web';
const PASSWORD = 'bench demo password';

const initialJs = (dist) => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.map((f) => gzipSync(readFileSync(join(dist, f))).byteLength);
  const css = [...html.matchAll(/href="(\/assets\/[^"]+\.css)"/g)].map(
    (m) => gzipSync(readFileSync(join(dist, m[1]))).byteLength,
  );
  return { files: files.length, gz: bytes.reduce((a, b) => a + b, 0), css: css.reduce((a, b) => a + b, 0) };
};

const startServer = (repo, home) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(repo, 'packages/cli/bin/nimbus.js'), 'serve', '--demo', '--port', '0', '--log-level', 'silent'],
      {
        env: { ...process.env, NIMBUS_HOME: home, NIMBUS_DEMO_PASSWORD: PASSWORD },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m && out.includes('alice@acme.example'))
        resolve({ child, url: m[1].replace('localhost', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });

export const run = async (repo) => {
  const dist = join(repo, 'packages/web/dist');
  const js = initialJs(dist);
  const home = mkdtempSync(join(tmpdir(), 'nimbus-web-bench-'));
  const { child, url } = await startServer(repo, home);
  const browser = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'nimbus-web-bench-chr-')),
    {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  );
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill('alice@acme.example');
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/o\/[^/]+$/);
    const dashboardUrl = page.url();
    const signIn = [];
    const dashboard = [];
    for (let i = 0; i < 7; i++) {
      const fresh = await browser.newPage();
      let t = performance.now();
      await fresh.goto(`${url}/sign-in?bench=${i}`, { waitUntil: 'commit' });
      await fresh.getByRole('heading', { name: /Sign in/ }).waitFor();
      signIn.push(performance.now() - t);
      t = performance.now();
      await fresh.goto(dashboardUrl, { waitUntil: 'commit' });
      // Interactive: the page heading and a rendered chart are on screen.
      await fresh.locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
      dashboard.push(performance.now() - t);
      await fresh.close();
    }
    const d = median(dashboard.slice(2));
    const s = median(signIn.slice(2));
    const table = [
      '| measure | value | target | result |',
      '|---|---|---|---|',
      `| Initial JavaScript (gzipped; ${js.files} file(s) the first page load fetches) | ${(js.gz / 1024).toFixed(0)} KB | at most 350 KB | ${js.gz <= 350 * 1024 ? 'met' : 'MISSED'} |`,
      `| Initial CSS (gzipped) | ${(js.css / 1024).toFixed(0)} KB | | |`,
      `| Sign-in page ready (baseline, median of 5 warm loads) | ${fmt(s)} | | |`,
      `| Dashboard interactive on the demo data (chart drawn; median of 5 warm loads) | ${fmt(d)} | | ${(d / s).toFixed(1)}x the sign-in page |`,
    ].join('\n');
    return { table, ok: js.gz <= 350 * 1024 };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
  }
};
