import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { createSetupLinkIfEmpty } from '../src/auth/setup-link.js';
import {
  call,
  login,
  PASSWORD,
  seedMember,
  seedOrg,
  seedUser,
  startTestServer,
  type TestServer,
} from './harness.js';

describe.each(testDatabases())('identity and sessions on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await database.url());
  });
  afterAll(() => server.close());

  it('runs first-time setup once, through the one-time link only', async () => {
    expect((await call(server, 'GET', '/api/v1/setup')).json).toEqual({ needed: true });
    const link = await createSetupLinkIfEmpty(server.deps, 'http://localhost:8017');
    const token = new URL(link!).searchParams.get('token')!;
    const body = {
      token,
      email: 'alice@acme.example',
      name: 'Alice Moreau',
      password: PASSWORD,
      organizationName: 'Acme Cloud Ltd',
    };
    expect(
      (await call(server, 'POST', '/api/v1/setup', { body: { ...body, token: 'x'.repeat(43) } })).json.code,
    ).toBe('SETUP_UNAVAILABLE');
    const weak = await call(server, 'POST', '/api/v1/setup', { body: { ...body, password: 'short' } });
    expect(weak.json.code).toBe('PASSWORD_REJECTED');
    const ok = await call(server, 'POST', '/api/v1/setup', { body });
    expect(ok.status).toBe(201);
    expect(ok.json.organizations).toEqual([
      expect.objectContaining({ name: 'Acme Cloud Ltd', role: 'owner' }),
    ]);
    expect(ok.headers.get('set-cookie')).toMatch(
      /nimbus_session=.+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/,
    );
    expect((await call(server, 'POST', '/api/v1/setup', { body })).json.code).toBe('SETUP_UNAVAILABLE');
    expect((await call(server, 'GET', '/api/v1/setup')).json).toEqual({ needed: false });
    expect(await createSetupLinkIfEmpty(server.deps, 'http://localhost:8017')).toBeUndefined();
  });

  it('signs in, rejects wrong passwords the same way for unknown accounts, and audits both', async () => {
    const user = await seedUser(server.store, 'Bram de Vries');
    const org = await seedOrg(server.store, 'Acme');
    await seedMember(server.store, org.id, user.id, 'editor');
    const wrong = await call(server, 'POST', '/api/v1/auth/login', {
      body: { email: user.email, password: 'wrong password!' },
    });
    const unknown = await call(server, 'POST', '/api/v1/auth/login', {
      body: { email: 'nobody@example.com', password: 'wrong password!' },
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.json.detail).toBe(unknown.json.detail);
    const caller = await login(server, user.email);
    const audit = await call(server, 'GET', `/api/v1/orgs/${org.id}/audit`, { as: caller });
    expect(audit.status).toBe(403);
    const owner = await seedUser(server.store, 'Owner');
    await seedMember(server.store, org.id, owner.id, 'owner');
    const events = (
      await call(server, 'GET', `/api/v1/orgs/${org.id}/audit?action=auth.`, {
        as: await login(server, owner.email),
      })
    ).json;
    expect(events.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['auth.login_failed', 'auth.login']),
    );
    expect(JSON.stringify(events)).not.toContain('wrong password!');
  });

  it('throttles repeated failures per account with 429 and Retry-After', async () => {
    const user = await seedUser(server.store, 'Throttled');
    for (let i = 0; i < 5; i++) {
      await call(server, 'POST', '/api/v1/auth/login', {
        body: { email: user.email, password: 'not the password' },
      });
    }
    const blocked = await call(server, 'POST', '/api/v1/auth/login', {
      body: { email: user.email, password: PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.json.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    server.setNow(new Date(Date.now() + 16 * 60_000));
    expect(
      (await call(server, 'POST', '/api/v1/auth/login', { body: { email: user.email, password: PASSWORD } }))
        .status,
    ).toBe(200);
    server.setNow(new Date());
  });

  it('requires the CSRF token on cookie-authenticated writes and revokes the session on logout', async () => {
    const user = await seedUser(server.store, 'Chen Li');
    const caller = await login(server, user.email);
    const noCsrf = await call(server, 'POST', '/api/v1/orgs', {
      headers: { cookie: caller.headers.cookie! },
      body: { name: 'X' },
    });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.json.code).toBe('CSRF_FAILED');
    expect(
      (await call(server, 'POST', '/api/v1/orgs', { as: caller, body: { name: 'Globex Retail' } })).status,
    ).toBe(201);
    expect((await call(server, 'GET', '/api/v1/auth/session', { as: caller })).json.user.email).toBe(
      user.email,
    );
    expect((await call(server, 'POST', '/api/v1/auth/logout', { as: caller })).status).toBe(204);
    expect((await call(server, 'GET', '/api/v1/auth/session', { as: caller })).json).toEqual({
      authenticated: false,
    });
  });

  it('sets Secure on the cookie over https', async () => {
    const user = await seedUser(server.store, 'Secure');
    const res = await server.nimbus.app.request('https://nimbus.example/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('issues API tokens once, hashed, scoped, revocable and bound to one organization', async () => {
    const user = await seedUser(server.store, 'Token User');
    const org = await seedOrg(server.store, 'Token Org');
    const other = await seedOrg(server.store, 'Other Org');
    await seedMember(server.store, org.id, user.id, 'editor');
    await seedMember(server.store, other.id, user.id, 'editor');
    const caller = await login(server, user.email);
    const created = await call(server, 'POST', `/api/v1/orgs/${org.id}/tokens`, {
      as: caller,
      body: { name: 'CI', scope: 'read' },
    });
    expect(created.status).toBe(201);
    const secret = created.json.token as string;
    expect(secret).toMatch(/^nmb_/);
    const list = await call(server, 'GET', `/api/v1/orgs/${org.id}/tokens`, { as: caller });
    expect(list.text).not.toContain(secret);
    const bearer = { headers: { authorization: `Bearer ${secret}` }, userId: user.id, email: user.email };
    expect((await call(server, 'GET', `/api/v1/orgs/${org.id}/members`, { as: bearer })).status).toBe(200);
    expect((await call(server, 'GET', `/api/v1/orgs/${other.id}/members`, { as: bearer })).status).toBe(404);
    const write = await call(server, 'PATCH', `/api/v1/orgs/${org.id}`, {
      as: bearer,
      body: { name: 'Renamed' },
    });
    expect(write.status).toBe(403);
    const mint = await call(server, 'POST', `/api/v1/orgs/${org.id}/tokens`, {
      as: bearer,
      body: { name: 'x', scope: 'read' },
    });
    expect(mint.status).toBe(403);
    const row = await server.store.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.json.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(secret);
    expect(
      (await call(server, 'DELETE', `/api/v1/orgs/${org.id}/tokens/${created.json.id}`, { as: caller }))
        .status,
    ).toBe(204);
    expect((await call(server, 'GET', `/api/v1/orgs/${org.id}/members`, { as: bearer })).status).toBe(401);
  });

  it('manages members and keeps at least one owner', async () => {
    const owner = await seedUser(server.store, 'Grace Hopkins');
    const org = await seedOrg(server.store, 'Globex');
    await seedMember(server.store, org.id, owner.id, 'owner');
    const caller = await login(server, owner.email);
    const added = await call(server, 'POST', `/api/v1/orgs/${org.id}/members`, {
      as: caller,
      body: {
        email: 'ivan@globex.example',
        name: 'Ivan Petrov',
        password: 'a long enough passphrase',
        role: 'editor',
      },
    });
    expect(added.status).toBe(201);
    const demote = await call(server, 'PATCH', `/api/v1/orgs/${org.id}/members/${owner.id}`, {
      as: caller,
      body: { role: 'admin' },
    });
    expect(demote.status).toBe(400);
    const promote = await call(server, 'PATCH', `/api/v1/orgs/${org.id}/members/${added.json.userId}`, {
      as: caller,
      body: { role: 'auditor' },
    });
    expect(promote.json.role).toBe('auditor');
    expect(
      (await call(server, 'DELETE', `/api/v1/orgs/${org.id}/members/${added.json.userId}`, { as: caller }))
        .status,
    ).toBe(204);
  });
});
