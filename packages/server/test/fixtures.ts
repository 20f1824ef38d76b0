import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@nimbus/core';
import { insertEvidence, linkEvidence } from '@nimbus/storage';
import { expect } from 'vitest';
import type { RouteMeta } from '../src/routes/router.js';
import { type Caller, login, seedMember, seedUser, startTestServer, type TestServer } from './harness.js';

/**
 * Helpers for the generated route tests (permissions.test.ts): they walk `createApp().routes`, so a route added
 * later is covered without anyone writing a test for it.
 */

/** Every path parameter the generated tests can fill with the id of a real object. */
export const PARAM_NAMES = [
  'orgId',
  'serviceId',
  'assessmentId',
  'resultId',
  'evidenceId',
  'tokenId',
  'userId',
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];
export type ParamIds = Readonly<Record<ParamName, string>>;

const isParamName = (name: string): name is ParamName => (PARAM_NAMES as readonly string[]).includes(name);

export const routeLabel = (route: RouteMeta) => `${route.method} ${route.path}`;

/** The `{name}` parameters of a route path, in order. */
export const pathParams = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

export const unknownParams = (route: RouteMeta): string[] =>
  pathParams(route.path).filter((p) => !isParamName(p));

export const unknownParamMessage = (route: RouteMeta, names: readonly string[]) =>
  `${routeLabel(route)} has path parameter(s) ${names.map((n) => `{${n}}`).join(', ')} that the generated ` +
  'permission tests cannot fill: add each to PARAM_NAMES and to seedTenant in packages/server/test/fixtures.ts';

/** The concrete path of a route, with ids from the map; throws for a parameter the map does not know. */
export const fillPath = (route: RouteMeta, ids: ParamIds): string => {
  const unknown = unknownParams(route);
  if (unknown.length) throw new Error(unknownParamMessage(route, unknown));
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name as ParamName]);
};

/** Every API route, read from a throwaway app at collection time so tests can be generated per route. */
export const listRoutes = async (): Promise<readonly RouteMeta[]> => {
  const server = await startTestServer(join(mkdtempSync(join(tmpdir(), 'nimbus-routes-')), 'routes.db'));
  try {
    return [...server.nimbus.routes];
  } finally {
    await server.close();
  }
};

/** A request body: JSON, raw text with a content type, a multipart form, or none. */
export type Body =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'raw'; readonly text: string; readonly contentType: string }
  | { readonly kind: 'form' };

export interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  readonly json: Record<string, unknown> | undefined;
}

/** A small multipart form with a text file, for multipart routes. */
const sampleForm = () => {
  const form = new FormData();
  form.append('file', new Blob(['generated route test\n'], { type: 'text/plain' }), 'route-test.txt');
  form.append('title', 'Generated route test file');
  return form;
};

/** Sends one request in process; `headers` carries the session cookie + CSRF header or a bearer token. */
export const send = async (
  server: TestServer,
  method: string,
  path: string,
  body: Body,
  headers: Readonly<Record<string, string>> = {},
): Promise<Reply> => {
  const h: Record<string, string> = { ...headers };
  let payload: string | FormData | undefined;
  if (body.kind === 'json') {
    h['content-type'] = 'application/json';
    payload = JSON.stringify(body.value);
  } else if (body.kind === 'raw') {
    h['content-type'] = body.contentType;
    payload = body.text;
  } else if (body.kind === 'form') {
    payload = sampleForm();
  }
  const res = await server.nimbus.app.request(path, {
    method,
    headers: h,
    ...(payload === undefined ? {} : { body: payload }),
  });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    json = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
};

/** Every 4xx answer is RFC 9457 problem+json with our stable `code` and the request id; no 5xx ever. */
export const expectWellFormed = (res: Reply, what: string) => {
  expect(res.status, `${what} answered ${res.status}: ${res.text}`).toBeLessThan(500);
  if (res.status < 400) return;
  expect(res.contentType, `${what}: content type of a ${res.status}`).toContain('application/problem+json');
  expect(typeof res.json?.code, `${what}: problem without code: ${res.text}`).toBe('string');
  expect(typeof res.json?.requestId, `${what}: problem without requestId: ${res.text}`).toBe('string');
  expect(res.json?.status, `${what}: problem status`).toBe(res.status);
};

export const sessionHeaders = (caller: Caller) => caller.headers;
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Org members signed in through the API, one per role. */
export const seedMembers = async <R extends Role>(
  server: TestServer,
  orgId: string,
  label: string,
  roles: readonly R[],
): Promise<Record<R, Caller>> => {
  const out: Partial<Record<R, Caller>> = {};
  for (const role of roles) {
    const user = await seedUser(server.store, `${label} ${role}`);
    await seedMember(server.store, orgId, user.id, role);
    out[role] = await login(server, user.email);
  }
  return out as Record<R, Caller>;
};

export interface Tenant {
  readonly orgId: string;
  /** Ids of real objects of this tenant, one per path parameter. */
  readonly ids: ParamIds;
  /** Names and texts of this tenant's objects: another tenant must never see any of them. */
  readonly secrets: readonly string[];
}

const expectCreated = async (server: TestServer, owner: Caller, path: string, value: unknown) => {
  const res = await send(server, 'POST', path, { kind: 'json', value }, sessionHeaders(owner));
  expect(res.status, `POST ${path}: ${res.text}`).toBe(201);
  return res.json!;
};

/**
 * One of each kind of object in an organization: a cloud service, an assessment (with its control results),
 * a comment, a file evidence row (bytes in the blob store, linked to the result), an API token and a member.
 * Objects with a route are created through the API as the owner; evidence directly with insertEvidence.
 */
export const seedTenant = async (
  server: TestServer,
  orgId: string,
  owner: Caller,
  label: string,
): Promise<Tenant> => {
  const base = `/api/v1/orgs/${orgId}`;
  const names = {
    service: `${label} payroll service`,
    provider: `${label} hosting provider`,
    description: `${label} service description`,
    assessment: `${label} yearly assessment`,
    comment: `${label} confidential comment`,
    evidence: `${label} evidence title`,
    filename: `${label.toLowerCase().replace(/\W+/g, '-')}-evidence.txt`,
    token: `${label} automation token`,
    member: `${label} member`,
  };
  const service = await expectCreated(server, owner, `${base}/services`, {
    name: names.service,
    role: 'provider',
    serviceModel: 'saas',
    provider: names.provider,
    criticality: 'high',
    dataClassification: 'confidential',
    description: names.description,
  });
  const assessment = await expectCreated(server, owner, `${base}/assessments`, {
    name: names.assessment,
    perspective: 'csp',
    scope: [service.id],
  });
  const full = await send(
    server,
    'GET',
    `${base}/assessments/${assessment.id}`,
    { kind: 'none' },
    owner.headers,
  );
  const results = full.json?.results as { id: string }[] | undefined;
  const resultId = results?.[0]?.id;
  if (!resultId) throw new Error(`no control result in ${full.text}`);
  await expectCreated(server, owner, `${base}/results/${resultId}/comments`, { body: names.comment });
  const blob = await server.deps.blobs.put(new TextEncoder().encode(`${label}: firewall rule export\n`));
  const evidence = await insertEvidence(server.store.db, {
    id: randomUUID(),
    orgId,
    kind: 'file',
    title: names.evidence,
    sha256: blob.sha256,
    size: blob.size,
    contentType: 'text/plain; charset=utf-8',
    filename: names.filename,
    url: null,
    collectedAt: '2025-01-15',
    validUntil: '2030-01-15',
    ownerId: owner.userId,
    createdAt: new Date().toISOString(),
    createdBy: owner.userId,
    version: 1,
  });
  await linkEvidence(server.store.db, orgId, evidence.id, resultId);
  const token = await expectCreated(server, owner, `${base}/tokens`, { name: names.token, scope: 'read' });
  const member = await seedUser(server.store, names.member);
  await seedMember(server.store, orgId, member.id, 'viewer');
  return {
    orgId,
    ids: {
      orgId,
      serviceId: String(service.id),
      assessmentId: String(assessment.id),
      resultId,
      evidenceId: evidence.id,
      tokenId: String(token.id),
      userId: member.id,
    },
    secrets: [...Object.values(names), member.email],
  };
};

/** Creates an API token through the API as `owner` and returns its secret. */
export const createToken = async (
  server: TestServer,
  orgId: string,
  owner: Caller,
  scope: 'read' | 'write',
): Promise<string> => {
  const created = await expectCreated(server, owner, `/api/v1/orgs/${orgId}/tokens`, {
    name: `permission tests ${scope} token`,
    scope,
  });
  return String(created.token);
};

/** The parts of JSON Schema needed to build the smallest valid request for a route. */
interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly $ref?: string;
}

interface Operation {
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: JsonSchema }>> };
  readonly parameters?: readonly {
    readonly name: string;
    readonly in: string;
    readonly required?: boolean;
    readonly schema?: JsonSchema;
  }[];
}

interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, JsonSchema>> };
}

const sampleString = (s: JsonSchema): string => {
  if (s.format === 'uuid') return randomUUID();
  if (s.format === 'email') return 'sample@example.com';
  if (s.format === 'date-time') return '2030-01-01T00:00:00.000Z';
  if (s.format === 'date' || s.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2030-01-01';
  if (s.format === 'uri' || s.format === 'url') return 'https://example.com/sample';
  return 'sample'.padEnd(s.minLength ?? 1, 'x');
};

/** The smallest value the schema accepts: required properties only, first enum member, minimal arrays. */
const sampleValue = (schema: JsonSchema, refs: Readonly<Record<string, JsonSchema>>): unknown => {
  if (schema.$ref) return sampleValue(refs[schema.$ref.split('/').at(-1) ?? ''] ?? {}, refs);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) {
    const first = alternatives.find((a) => a.type !== 'null') ?? alternatives[0]!;
    return sampleValue(first, refs);
  }
  if (schema.allOf?.length) {
    return Object.assign({}, ...schema.allOf.map((s) => sampleValue(s, refs) as Record<string, unknown>));
  }
  const types = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
  const type = types.find((t) => t !== 'null') ?? (types.length ? 'null' : 'object');
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((k) => [k, sampleValue(schema.properties?.[k] ?? {}, refs)]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleValue(schema.items ?? {}, refs));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum === undefined ? 1 : schema.exclusiveMinimum + 1);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return sampleString(schema);
  }
};

/** Requests that pass validation, built from the OpenAPI document the app generates from its zod schemas. */
export interface RequestSamples {
  /** The smallest JSON body the route accepts. */
  body(route: RouteMeta): unknown;
  /** `?a=b` for the route's required query parameters ('' when none). */
  query(route: RouteMeta): string;
  /** True when the JSON body schema rejects unknown fields (z.strictObject). */
  strict(route: RouteMeta): boolean;
}

export const requestSamples = async (server: TestServer): Promise<RequestSamples> => {
  const res = await server.nimbus.app.request('/api/openapi.json');
  expect(res.status, 'GET /api/openapi.json').toBe(200);
  const doc = (await res.json()) as OpenApiDocument;
  const refs = doc.components?.schemas ?? {};
  const resolve = (s: JsonSchema): JsonSchema =>
    s.$ref ? resolve(refs[s.$ref.split('/').at(-1) ?? ''] ?? {}) : s;
  const operation = (route: RouteMeta) => doc.paths[route.path]?.[route.method.toLowerCase()];
  const bodySchema = (route: RouteMeta) =>
    resolve(operation(route)?.requestBody?.content?.['application/json']?.schema ?? {});
  return {
    body: (route) => sampleValue(bodySchema(route), refs),
    query: (route) => {
      const required = (operation(route)?.parameters ?? []).filter((p) => p.in === 'query' && p.required);
      const q = new URLSearchParams(
        required.map((p): [string, string] => [
          p.name,
          String(sampleValue(p.schema ?? { type: 'string' }, refs)),
        ]),
      );
      return required.length ? `?${q}` : '';
    },
    strict: (route) => bodySchema(route).additionalProperties === false,
  };
};
