import { can, isReadPermission, ROLES, type Role } from '@nimbus/core';
import {
  getAssessment,
  getEvidence,
  getMembership,
  getResult,
  getService,
  getToken,
  listComments,
} from '@nimbus/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/databases.js';
import type { Access, RouteMeta } from '../src/routes/router.js';
import {
  type Body,
  bearer,
  createToken,
  expectWellFormed,
  fillPath,
  listRoutes,
  pathParams,
  type Reply,
  type RequestSamples,
  requestSamples,
  routeLabel,
  seedMembers,
  seedTenant,
  send,
  type Tenant,
  unknownParamMessage,
  unknownParams,
} from './fixtures.js';
import { type Caller, seedOrg, startTestServer, type TestServer } from './harness.js';

/*
 * Generated from createApp().routes: every route (including ones added after this file was written) is called
 * with every role, without credentials, with API tokens, across tenants and with bad bodies.
 */
const ROUTES = await listRoutes();

type OrgRoute = RouteMeta & { readonly access: Extract<Access, { kind: 'org' }> };
const isOrgRoute = (r: RouteMeta): r is OrgRoute => r.access.kind === 'org';
const sessionOnly = (r: RouteMeta) => r.access.kind !== 'public' && r.access.sessionOnly === true;

const ORG_ROUTES = ROUTES.filter(isOrgRoute);
/** One test per generated case, named in full (it.each's $name would cut long route paths short). */
const generate = <C>(cases: readonly C[], title: (c: C) => string, body: (c: C) => Promise<void> | void) => {
  for (const c of cases) it(title(c), () => body(c));
};
/** Deleting routes run last, so the objects the other routes reach still exist when they are called. */
const deletesLast = (a: RouteMeta, b: RouteMeta) =>
  Number(a.method === 'DELETE') - Number(b.method === 'DELETE');

const ROUTE_ROLE_CASES = [...ORG_ROUTES]
  .sort(deletesLast)
  .flatMap((route) => ROLES.map((role) => ({ route, role })));
const NON_PUBLIC_ROUTES = ROUTES.filter((r) => r.access.kind !== 'public');
const TOKEN_CASES = NON_PUBLIC_ROUTES.map((route) => ({
  route,
  refused: sessionOnly(route) || (isOrgRoute(route) && !isReadPermission(route.access.permission)),
}));
const CROSS_TENANT_OBJECT_ROUTES = ORG_ROUTES.filter((r) => pathParams(r.path).some((p) => p !== 'orgId'));
const JSON_ROUTES = ROUTES.filter((r) => r.body === 'json');

/** The body the route x role test sends: `{}` for JSON, a tiny form for uploads, nothing otherwise. */
const emptyBody = (route: RouteMeta): Body =>
  route.body === 'json'
    ? { kind: 'json', value: {} }
    : route.body === 'multipart'
      ? { kind: 'form' }
      : { kind: 'none' };

const expectAllowed = (res: Reply, what: string) => {
  expectWellFormed(res, what);
  expect([401, 403], `${what} was refused: ${res.status} ${res.text}`).not.toContain(res.status);
};

const expectRefused = (res: Reply, status: 401 | 403 | 404, what: string) => {
  expectWellFormed(res, what);
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  expect(res.json?.code, what).toBe(
    status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'NOT_FOUND',
  );
};

describe('the generated route tests', () => {
  it('see the whole API', () => {
    expect(ORG_ROUTES.length).toBeGreaterThan(10);
    expect(ROUTES.map(routeLabel)).toEqual(
      expect.arrayContaining(['GET /api/v1/orgs/{orgId}/services', 'POST /api/v1/auth/login']),
    );
  });

  generate(
    ROUTES,
    (r) => `know every path parameter of ${routeLabel(r)}`,
    (route) => {
      const unknown = unknownParams(route);
      expect(unknown, unknownParamMessage(route, unknown)).toEqual([]);
    },
  );
});

describe.each(testDatabases())('route permissions on $name', (database) => {
  let server: TestServer;
  let samples: RequestSamples;
  let members: Record<Role, Caller>;
  let owner: Caller;
  let orgA: Tenant;
  let orgB: Tenant;
  let orgBName: string;
  let readToken: string;
  let writeToken: string;

  beforeAll(async () => {
    server = await startTestServer(await database.url());
    samples = await requestSamples(server);
    const a = await seedOrg(server.store, 'Alpha Cloud Ltd');
    members = await seedMembers(server, a.id, 'Alpha', ROLES);
    owner = members.owner;
    orgA = await seedTenant(server, a.id, owner, 'Alpha');
    readToken = await createToken(server, a.id, owner, 'read');
    writeToken = await createToken(server, a.id, owner, 'write');
    orgBName = 'Zephyr Hidden Tenant GmbH';
    const b = await seedOrg(server.store, orgBName);
    const { owner: ownerB } = await seedMembers(server, b.id, 'Zephyr', ['owner'] as const);
    orgB = await seedTenant(server, b.id, ownerB, 'Zephyr Hidden');
  }, 60_000);
  afterAll(() => server?.close());

  it('serves the routes the tests were generated from', () => {
    expect(server.nimbus.routes.map(routeLabel)).toEqual(ROUTES.map(routeLabel));
  });

  describe('without credentials', () => {
    generate(
      NON_PUBLIC_ROUTES,
      (r) => `${routeLabel(r)} answers 401`,
      async (route) => {
        const res = await send(server, route.method, fillPath(route, orgA.ids), emptyBody(route));
        expectRefused(res, 401, routeLabel(route));
      },
    );
  });

  describe('with a read-scoped API token of the owner', () => {
    const title = (c: (typeof TOKEN_CASES)[number]) =>
      `${routeLabel(c.route)} is ${c.refused ? 'refused (403)' : 'allowed'}`;
    generate(TOKEN_CASES, title, async ({ route, refused }) => {
      const what = `${routeLabel(route)} with a read token`;
      const res = await send(
        server,
        route.method,
        fillPath(route, orgA.ids),
        emptyBody(route),
        bearer(readToken),
      );
      if (refused) expectRefused(res, 403, what);
      else expectAllowed(res, what);
    });
  });

  describe('with a write-scoped API token of the owner', () => {
    generate(
      ROUTES.filter(sessionOnly),
      (r) => `${routeLabel(r)} needs a session (403)`,
      async (route) => {
        const res = await send(
          server,
          route.method,
          fillPath(route, orgA.ids),
          emptyBody(route),
          bearer(writeToken),
        );
        expectRefused(res, 403, `${routeLabel(route)} with a write token`);
      },
    );
  });

  describe('bad JSON bodies, as the owner', () => {
    const sendAsOwner = (route: RouteMeta, body: Body) =>
      send(server, route.method, fillPath(route, orgA.ids), body, owner.headers);

    generate(
      JSON_ROUTES,
      (r) => `${routeLabel(r)}: a body that is not JSON gives 400`,
      async (route) => {
        const res = await sendAsOwner(route, {
          kind: 'raw',
          text: '{"name":',
          contentType: 'application/json',
        });
        expectWellFormed(res, routeLabel(route));
        expect(res.status, res.text).toBe(400);
        expect(res.json?.code).toBe('VALIDATION_FAILED');
      },
    );

    generate(
      JSON_ROUTES,
      (r) => `${routeLabel(r)}: a text/plain body gives 415`,
      async (route) => {
        const res = await sendAsOwner(route, { kind: 'raw', text: 'name=x', contentType: 'text/plain' });
        expectWellFormed(res, routeLabel(route));
        expect(res.status, res.text).toBe(415);
        expect(res.json?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      },
    );

    const unknownField = (r: RouteMeta) => `${routeLabel(r)}: an unknown field gives 400 listing the errors`;
    generate(JSON_ROUTES, unknownField, async (route) => {
      const res = await sendAsOwner(route, { kind: 'json', value: { unexpectedField: 1 } });
      expectWellFormed(res, routeLabel(route));
      expect(res.status, res.text).toBe(400);
      expect(res.json?.code).toBe('VALIDATION_FAILED');
      const errors = res.json?.errors as { in: string; path: string; code: string; message: string }[];
      expect(errors?.length, res.text).toBeGreaterThan(0);
      for (const e of errors)
        expect(e).toMatchObject({ path: expect.any(String), message: expect.any(String) });
      if (samples.strict(route)) {
        expect(
          errors.some((e) => e.code === 'unrecognized_keys' && e.message.includes('unexpectedField')),
        ).toBe(true);
      }
    });
  });

  describe("across tenants, as org A's owner", () => {
    /** A request that passes validation, so only the tenant check can stop it. */
    const validRequest = (route: RouteMeta, ids: Tenant['ids']) => {
      const body: Body =
        route.body === 'json'
          ? { kind: 'json', value: samples.body(route) }
          : route.body === 'multipart'
            ? { kind: 'form' }
            : { kind: 'none' };
      const headers = route.method === 'GET' ? owner.headers : { ...owner.headers, 'if-match': '"v1"' };
      return send(server, route.method, `${fillPath(route, ids)}${samples.query(route)}`, body, headers);
    };
    const expectNothingLeaks = (res: Reply, what: string) => {
      expectRefused(res, 404, what);
      for (const secret of [...orgB.secrets, orgBName]) {
        expect(res.text.includes(secret), `${what} leaks "${secret}": ${res.text}`).toBe(false);
      }
    };

    generate(
      CROSS_TENANT_OBJECT_ROUTES,
      (r) => `${routeLabel(r)} with org A's id and org B's object ids gives 404`,
      async (route) => {
        const res = await validRequest(route, { ...orgB.ids, orgId: orgA.orgId });
        expectNothingLeaks(res, `${routeLabel(route)} in org A with org B's objects`);
      },
    );

    generate(
      ORG_ROUTES,
      (r) => `${routeLabel(r)} with org B's id gives 404`,
      async (route) => {
        const res = await validRequest(route, orgB.ids);
        expectNothingLeaks(res, `${routeLabel(route)} in org B`);
      },
    );

    it("left org B's objects untouched", async () => {
      const db = server.store.db;
      const { orgId, ids } = orgB;
      expect((await getService(db, orgId, ids.serviceId))?.version).toBe(1);
      expect((await getAssessment(db, orgId, ids.assessmentId))?.version).toBe(1);
      expect((await getResult(db, orgId, ids.resultId))?.version).toBe(1);
      expect((await getEvidence(db, orgId, ids.evidenceId))?.version).toBe(1);
      expect((await getToken(db, orgId, ids.tokenId))?.revokedAt).toBeNull();
      expect((await getMembership(db, orgId, ids.userId))?.role).toBe('viewer');
      expect(await listComments(db, orgId, ids.resultId)).toHaveLength(1);
    });
  });

  // Last: allowed DELETE calls really delete org A's objects (the seeded extra member and token, not a caller).
  describe('route x role in org A', () => {
    const title = ({ route, role }: (typeof ROUTE_ROLE_CASES)[number]) =>
      `${routeLabel(route)} as ${role}: ${can(role, route.access.permission) ? 'allowed' : '403'}`;
    generate(ROUTE_ROLE_CASES, title, async ({ route, role }) => {
      const res = await send(
        server,
        route.method,
        fillPath(route, orgA.ids),
        emptyBody(route),
        members[role].headers,
      );
      const what = `${routeLabel(route)} as ${role} (${route.access.permission})`;
      if (can(role, route.access.permission)) expectAllowed(res, what);
      else expectRefused(res, 403, what);
    });
  });
});
