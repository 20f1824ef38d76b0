import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import { login, seedMember, seedOrg, seedUser, startTestServer, type TestServer } from './harness.js';

const upload = async (
  server: TestServer,
  headers: Record<string, string>,
  orgId: string,
  name: string,
  bytes: Uint8Array,
) => {
  const form = new FormData();
  form.append('file', new File([bytes], name));
  const res = await server.nimbus.app.request(`/api/v1/orgs/${orgId}/evidence`, {
    method: 'POST',
    headers,
    body: form,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
};

describe.each(testDatabases())('inline evidence previews on $name', (database) => {
  let server: TestServer;
  let headers: Record<string, string>;
  let orgId: string;
  beforeAll(async () => {
    server = await startTestServer(await database.url());
    const org = await seedOrg(server.store, 'Acme');
    orgId = org.id;
    const user = await seedUser(server.store, 'Alice');
    await seedMember(server.store, org.id, user.id, 'owner');
    headers = (await login(server, user.email)).headers;
  });
  afterAll(() => server.close());

  it('shows a PDF inline, framable only by the app itself, when asked', async () => {
    const id = await upload(
      server,
      headers,
      orgId,
      'policy.pdf',
      Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
    );
    const inline = await server.nimbus.app.request(
      `/api/v1/orgs/${orgId}/evidence/${id}/download?inline=true`,
      { headers },
    );
    expect(inline.headers.get('content-type')).toBe('application/pdf');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="policy.pdf"/);
    expect(inline.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const plain = await server.nimbus.app.request(`/api/v1/orgs/${orgId}/evidence/${id}/download`, {
      headers,
    });
    expect(plain.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(plain.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('never shows other types inline, whatever is asked', async () => {
    const id = await upload(
      server,
      headers,
      orgId,
      'page.html',
      Buffer.from('<html><script>alert(1)</script></html>'),
    );
    const res = await server.nimbus.app.request(`/api/v1/orgs/${orgId}/evidence/${id}/download?inline=true`, {
      headers,
    });
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const bad = await server.nimbus.app.request(`/api/v1/orgs/${orgId}/evidence/${id}/download?inline=yes`, {
      headers,
    });
    expect(bad.status).toBe(400);
  });
});
