import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { nimbus, REPO } from './run-cli.js';
import { httpLogin, type ServeProcess, startServe, tempHome } from './serve-process.js';

const DEMO_PASSWORD = 'demo password for tests';
const running: ServeProcess[] = [];
afterAll(() => {
  for (const s of running) s.child.kill('SIGKILL');
});

const withStdin = (args: string[], input: string, env: Record<string, string>) =>
  spawnSync(process.execPath, [join(REPO, 'packages/cli/bin/nimbus.js'), ...args], {
    input,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });

describe('nimbus serve', () => {
  it('prints a one-time setup link on an empty database and stops gracefully on SIGTERM', async () => {
    const s = await startServe({});
    running.push(s);
    for (let i = 0; i < 100 && !s.stdout().includes('setup?token='); i++)
      await new Promise((r) => setTimeout(r, 50));
    const link = /(http:\/\/\S+\/setup\?token=\S+)/.exec(s.stdout())?.[1];
    expect(link).toBeDefined();
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${s.url}/readyz`)).json()).toEqual({ status: 'ready', database: 'sqlite' });
    const token = new URL(link!).searchParams.get('token')!;
    const setup = await fetch(`${s.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        email: 'alice@acme.example',
        name: 'Alice',
        password: 'a very long passphrase',
        organizationName: 'Acme',
      }),
    });
    expect(setup.status).toBe(201);
    const inFlight = fetch(`${s.url}/api/v1/orgs`, {
      headers: { cookie: (setup.headers.get('set-cookie') ?? '').split(';')[0]! },
    });
    s.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await s.exited).toBe(0);
  });

  it('refuses to start on a database migrated by a newer Nimbus, with a clear message and exit 3', async () => {
    const home = tempHome();
    expect(nimbus(['audit', 'verify'], { env: { NIMBUS_HOME: home } }).code).toBe(0);
    const db = new Database(join(home, 'nimbus.db'));
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(
      '9999-future',
      new Date().toISOString(),
    );
    db.close();
    const r = nimbus(['serve', '--port', '0'], { env: { NIMBUS_HOME: home } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('migrated by a newer Nimbus');
  });
});

describe('operator commands', () => {
  it('creates a user from stdin, resets the password and signs the user out', async () => {
    const home = tempHome();
    const env = { NIMBUS_HOME: home };
    const created = withStdin(
      ['user', 'create', '--email', 'op@example.com', '--name', 'Operator', '--password-stdin'],
      'first long password\n',
      env,
    );
    expect(created.status, created.stderr).toBe(0);
    const weak = withStdin(
      ['user', 'reset-password', '--email', 'op@example.com', '--password-stdin'],
      'short\n',
      env,
    );
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('at least 12 characters');
    const s = await startServe(env);
    running.push(s);
    const session = await httpLogin(s.url, 'op@example.com', 'first long password');
    const reset = withStdin(
      ['user', 'reset-password', '--email', 'op@example.com', '--password-stdin'],
      'second long password\n',
      env,
    );
    expect(reset.status).toBe(0);
    expect(await (await fetch(`${s.url}/api/v1/auth/session`, { headers: session.headers })).json()).toEqual({
      authenticated: false,
    });
    await httpLogin(s.url, 'op@example.com', 'second long password');
    s.child.kill('SIGTERM');
    await s.exited;
    expect(nimbus(['audit', 'verify'], { env }).stdout).toContain('_system');
  });

  it('verifies the audit trail and names the first entry edited in the database', async () => {
    const home = tempHome();
    const s = await startServe({ NIMBUS_HOME: home, NIMBUS_DEMO_PASSWORD: DEMO_PASSWORD }, ['--demo']);
    running.push(s);
    s.child.kill('SIGTERM');
    await s.exited;
    const ok = nimbus(['audit', 'verify', '--json'], { env: { NIMBUS_HOME: home } });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).ok).toBe(true);
    const db = new Database(join(home, 'nimbus.db'));
    const row = db
      .prepare("select org_id, seq from audit_events where action = 'result.updated' order by seq limit 1")
      .get() as { org_id: string; seq: number };
    db.prepare(
      'update audit_events set changes = \'{"status":{"from":"x","to":"implemented"}}\' where org_id = ? and seq = ?',
    ).run(row.org_id, row.seq);
    db.close();
    const bad = nimbus(['audit', 'verify'], { env: { NIMBUS_HOME: home } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`entry ${row.seq}`);
    expect(bad.stdout).toContain('hash mismatch');
  });

  it('backs up while the server runs, restores elsewhere, and both verify; a damaged blob is found', async () => {
    const home = tempHome();
    const s = await startServe({ NIMBUS_HOME: home, NIMBUS_DEMO_PASSWORD: DEMO_PASSWORD }, ['--demo']);
    running.push(s);
    const file = join(tempHome(), 'backup.tar.gz');
    const backup = nimbus(['backup', '-o', file, '--json'], { env: { NIMBUS_HOME: home } });
    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout).blobs).toBeGreaterThanOrEqual(5);
    s.child.kill('SIGTERM');
    await s.exited;
    const target = tempHome();
    const restored = nimbus(['restore', file], { env: { NIMBUS_HOME: target } });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('audit chains and evidence hashes verify');
    expect(nimbus(['restore', file], { env: { NIMBUS_HOME: target } }).code).toBe(2);
    expect(nimbus(['evidence', 'verify'], { env: { NIMBUS_HOME: target } }).code).toBe(0);
    const blobs = join(target, 'blobs');
    const a = readdirSync(blobs)[0]!;
    const b = readdirSync(join(blobs, a))[0]!;
    const f = readdirSync(join(blobs, a, b))[0]!;
    writeFileSync(join(blobs, a, b, f), 'tampered');
    const bad = nimbus(['evidence', 'verify'], { env: { NIMBUS_HOME: target } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('altered');
    const garbage = join(tempHome(), 'not-a-backup.tar.gz');
    writeFileSync(garbage, 'nope');
    const refused = nimbus(['restore', garbage, '--force'], { env: { NIMBUS_HOME: tempHome() } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('cannot read the archive');
  });

  it('exports the SoA through a running server with an API token', async () => {
    const home = tempHome();
    const s = await startServe({ NIMBUS_HOME: home, NIMBUS_DEMO_PASSWORD: DEMO_PASSWORD }, ['--demo']);
    running.push(s);
    const alice = await httpLogin(s.url, 'alice@acme.example', DEMO_PASSWORD);
    const org = alice.orgs[0]!.id;
    const token = (await (
      await fetch(`${s.url}/api/v1/orgs/${org}/tokens`, {
        method: 'POST',
        headers: alice.headers,
        body: JSON.stringify({ name: 'cli', scope: 'read' }),
      })
    ).json()) as { token: string };
    const assessments = (await (
      await fetch(`${s.url}/api/v1/orgs/${org}/assessments`, { headers: alice.headers })
    ).json()) as { id: string }[];
    const out = join(tempHome(), 'soa.xlsx');
    const r = nimbus(
      ['soa', 'export', '--org', org, '--assessment', assessments[0]!.id, '--numbering', '2022', '-o', out],
      {
        env: { NIMBUS_URL: s.url, NIMBUS_TOKEN: token.token },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.rowCount).toBe(101);
    const denied = nimbus(['soa', 'export', '--org', org, '--assessment', assessments[0]!.id, '-o', out], {
      env: { NIMBUS_URL: s.url, NIMBUS_TOKEN: 'nmb_wrong' },
    });
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('401');
    s.child.kill('SIGTERM');
    await s.exited;
    expect(existsSync(out)).toBe(true);
  });
});
