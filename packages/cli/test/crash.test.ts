import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { nimbus } from './run-cli.js';
import { httpLogin, type ServeProcess, startServe, tempHome } from './serve-process.js';

const running: ServeProcess[] = [];
afterAll(() => {
  for (const s of running) s.child.kill('SIGKILL');
});

describe.each(testDatabases())('crash safety on $name', (database) => {
  it('keeps every acknowledged write and a valid audit chain after SIGKILL in a burst of writes', async () => {
    const home = tempHome();
    const env: Record<string, string> = { NIMBUS_HOME: home, NIMBUS_DEMO_PASSWORD: 'crash test password' };
    if (database.name === 'postgres') env.NIMBUS_DATABASE_URL = await database.url();
    const first = await startServe(env, ['--demo']);
    running.push(first);
    const alice = await httpLogin(first.url, 'alice@acme.example', 'crash test password');
    const org = alice.orgs.find((o) => o.name === 'Acme Cloud Ltd')!.id;
    const { token } = (await (
      await fetch(`${first.url}/api/v1/orgs/${org}/tokens`, {
        method: 'POST',
        headers: alice.headers,
        body: JSON.stringify({ name: 'burst', scope: 'write' }),
      })
    ).json()) as { token: string };
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const acknowledged: string[] = [];
    let sent = 0;
    const writer = async (w: number) => {
      for (let i = 0; i < 400; i++) {
        const name = `burst-${w}-${i}`;
        sent += 1;
        try {
          const res = await fetch(`${first.url}/api/v1/orgs/${org}/services`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              name,
              role: 'consumer',
              serviceModel: 'saas',
              provider: 'Vendor',
              criticality: 'low',
              dataClassification: 'internal',
            }),
          });
          if (res.status === 201) acknowledged.push(name);
        } catch {
          return;
        }
      }
    };
    const writers = Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    await writers;
    expect(await first.exited).toBe('SIGKILL');
    expect(sent).toBeGreaterThan(acknowledged.length);

    const second = await startServe(env);
    running.push(second);
    const again = await httpLogin(second.url, 'alice@acme.example', 'crash test password');
    const services = (await (
      await fetch(`${second.url}/api/v1/orgs/${org}/services`, { headers: again.headers })
    ).json()) as { name: string }[];
    const stored = new Set(services.map((s) => s.name));
    expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);
    second.child.kill('SIGTERM');
    await second.exited;
    const verify = nimbus(['audit', 'verify', '--json'], { env });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  }, 120_000);
});
