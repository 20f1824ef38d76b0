import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './run-cli.js';

const BIN = join(REPO, 'packages/cli/bin/nimbus.js');

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly home: string;
  stdout(): string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

export const tempHome = () => mkdtempSync(join(tmpdir(), 'nimbus-serve-'));

/** Starts `nimbus serve` as a real process on a free port and waits until it prints its URL. */
export const startServe = (env: Record<string, string>, args: string[] = []): Promise<ServeProcess> =>
  new Promise((resolve, reject) => {
    const home = env.NIMBUS_HOME ?? tempHome();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--log-level', 'warn', ...args], {
      env: { ...process.env, NO_COLOR: '1', NIMBUS_HOME: home, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const exited = new Promise<number | string>((done) =>
      child.on('exit', (code, signal) => done(code ?? signal ?? -1)),
    );
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!.replace('localhost', '127.0.0.1'), child, home, stdout: () => out, exited });
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before starting: ${out}${err}`));
    });
  });

/** Signs in over HTTP and returns headers for further calls. */
export const httpLogin = async (url: string, email: string, password: string) => {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; organizations: { id: string; name: string }[] };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return {
    headers: { cookie, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json' },
    orgs: body.organizations,
  };
};
