import { buildControlView } from '@nimbus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import {
  type Caller,
  call,
  login,
  seedUser,
  startTestServer,
  type TestServer,
  testCatalog,
} from './harness.js';

const control = (query: string) => `/api/v1/catalog/control?${query}`;

// GET /api/v1/catalog/control returns core's buildControlView, the view `nimbus catalog show` prints too.
describe.each(testDatabases())('the catalog control view on $name', (database) => {
  let server: TestServer;
  let reader: Caller;

  beforeAll(async () => {
    server = await startTestServer(await database.url());
    const user = await seedUser(server.store, 'Ines Duarte');
    reader = await login(server, user.email);
  });
  afterAll(() => server.close());

  it('includes the scanner checks linked to the control, with why each gives evidence', async () => {
    const res = await call(server, 'GET', control('id=CLD.9.5.2'), { as: reader });
    expect(res.status, res.text).toBe(200);
    expect(res.json.framework).toBe('iso27017:2015');
    expect(res.json.control).toMatchObject({ id: 'CLD.9.5.2', kind: 'cloud-extended' });
    expect(res.json.checks).toEqual(testCatalog().checksOf('CLD.9.5.2'));
    expect(res.json.checks).toEqual(
      expect.arrayContaining([
        { check: 'aws-ec2-imdsv2-required', why: expect.stringContaining('session tokens') },
      ]),
    );
  });

  it('is exactly the core view: groups, and mappings with target titles and framework names', async () => {
    const res = await call(server, 'GET', control('framework=iso27017&id=a.12.4.1'), { as: reader });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual(
      JSON.parse(JSON.stringify(buildControlView(testCatalog(), '12.4.1', 'iso27017:2015'))),
    );
    expect(res.json.groups.map((g: { id: string }) => g.id)).toEqual(['12', '12.4']);
    expect(res.json.mappings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          framework: 'iso27002:2022',
          control: '8.15',
          title: 'Logging',
          frameworkName: expect.any(String),
        }),
      ]),
    );
  });

  it('gives an empty list for a control no check covers', async () => {
    const res = await call(server, 'GET', control('id=CLD.6.3.1'), { as: reader });
    expect(res.status).toBe(200);
    expect(res.json.checks).toEqual([]);
  });

  it('answers unknown controls and frameworks with the catalog error codes, and needs a session', async () => {
    const unknown = await call(server, 'GET', control('id=CLD.6.3.2'), { as: reader });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('CONTROL_NOT_FOUND');
    expect(unknown.json.detail).toContain('CLD.6.3.2');
    const framework = await call(server, 'GET', control('framework=iso27017:2016&id=5.1.1'), { as: reader });
    expect(framework.json.code).toBe('FRAMEWORK_NOT_FOUND');
    expect((await call(server, 'GET', control('id=CLD.9.5.2'))).status).toBe(401);
  });

  it('documents the check links in the OpenAPI document', async () => {
    const doc = await call(server, 'GET', '/api/openapi.json');
    expect(doc.status, doc.text).toBe(200);
    const ok = doc.json.paths['/api/v1/catalog/control'].get.responses['200'];
    expect(ok.content['application/json'].schema.$ref).toBe('#/components/schemas/ControlView');
    const view = doc.json.components.schemas.ControlView;
    expect(view.required).toEqual(
      expect.arrayContaining(['framework', 'control', 'groups', 'mappings', 'checks']),
    );
    expect(doc.json.components.schemas.ControlCheck.required).toEqual(['check', 'why']);
  });
});
