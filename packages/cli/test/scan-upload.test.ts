import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, nimbus, REPO } from './run-cli.js';
import { httpLogin, type ServeProcess, startServe, tempHome } from './serve-process.js';

const DEMO_PASSWORD = 'demo password for tests';
const FIXTURES = join(REPO, 'packages/scanner/test/fixtures');
const running: ServeProcess[] = [];
afterAll(() => {
  for (const s of running) s.child.kill('SIGKILL');
});

// `nimbus scan --upload`: a real scan sent to a real server, which keeps it as automated evidence.
describe('nimbus scan --upload', () => {
  it('sends the scan to the assessment and the control results show it as their latest automated evidence', async () => {
    const s = await startServe({ NIMBUS_HOME: tempHome(), NIMBUS_DEMO_PASSWORD: DEMO_PASSWORD }, ['--demo']);
    running.push(s);
    const alice = await httpLogin(s.url, 'alice@acme.example', DEMO_PASSWORD);
    const org = alice.orgs[0]!.id;
    const token = async (scope: 'read' | 'write') =>
      (
        (await (
          await fetch(`${s.url}/api/v1/orgs/${org}/tokens`, {
            method: 'POST',
            headers: alice.headers,
            body: JSON.stringify({ name: `ci ${scope}`, scope }),
          })
        ).json()) as { token: string }
      ).token;
    const assessment = (
      (await (await fetch(`${s.url}/api/v1/orgs/${org}/assessments`, { headers: alice.headers })).json()) as {
        id: string;
      }[]
    )[0]!.id;
    const write = await token('write');
    const env = {
      NIMBUS_URL: s.url,
      NIMBUS_TOKEN: write,
      GITHUB_REPOSITORY: 'acme/platform',
      GITHUB_SHA: '4f2c1e9d0b',
    };

    const r = nimbus(['scan', 'acme', '--upload', '--assessment', assessment, '--format', 'json'], {
      cwd: FIXTURES,
      env,
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/uploaded the scan as evidence on \d+ control\(s\) of assessment/);
    const report = JSON.parse(r.stdout) as { results: { status: string; controls: string[] }[] };
    const failing = report.results.filter(
      (x) => x.status === 'fail' && x.controls.includes('CLD.9.5.2'),
    ).length;

    const read = (await (
      await fetch(`${s.url}/api/v1/orgs/${org}/assessments/${assessment}`, { headers: alice.headers })
    ).json()) as {
      results: { control: { id: string }; latestAutomatedEvidence: { title: string } | null }[];
    };
    const hardening = read.results.find((x) => x.control.id === 'CLD.9.5.2')!;
    expect(hardening.latestAutomatedEvidence?.title).toContain('nimbus scan of acme (acme/platform@4f2c1e9)');
    expect(hardening.latestAutomatedEvidence?.title).toContain(`${failing} failed`);

    const readOnly = nimbus(['scan', 'acme', '--upload', '--assessment', assessment], {
      cwd: FIXTURES,
      env: { ...env, NIMBUS_TOKEN: await token('read') },
    });
    expect(readOnly.code).toBe(2);
    expect(readOnly.stderr).toContain('read-only');
    expect(hasStackTrace(readOnly.stderr)).toBe(false);

    const wrong = nimbus(
      ['scan', 'acme', '--upload', '--assessment', '00000000-0000-4000-8000-000000000000'],
      {
        cwd: FIXTURES,
        env,
      },
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('404');
    s.child.kill('SIGTERM');
    await s.exited;
  });

  it('refuses --upload without an assessment, and an assessment without --upload, before scanning', () => {
    const alone = nimbus(['scan', 'acme', '--upload'], {
      cwd: FIXTURES,
      env: { NIMBUS_URL: 'http://127.0.0.1:9' },
    });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--upload needs --assessment');
    const stray = nimbus(['scan', 'acme', '--assessment', 'x'], { cwd: FIXTURES });
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('only used with --upload');
    const noServer = nimbus(['scan', 'acme', '--upload', '--assessment', 'x'], {
      cwd: FIXTURES,
      env: { NIMBUS_URL: '', NIMBUS_TOKEN: '' },
    });
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain('--server');
  });
});
