import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import {
  type CloudService,
  CRITICALITY,
  DATA_CLASSIFICATION,
  SERVICE_MODELS,
  SERVICE_ROLES,
} from '@nimbus/core';
import { deleteService, getService, insertService, listServices, updateService } from '@nimbus/storage';
import { inTransaction, recordAudit } from '../audit/record.js';
import { notFound } from '../http/problem.js';
import { checkVersion, etag, requireIfMatch, versionConflict } from '../http/versioning.js';
import { defineRoute, type Router } from './router.js';
import { Id, json, jsonBody, Name, OrgParams, problemResponses, Text } from './schemas.js';

const ServiceSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    role: z.enum(SERVICE_ROLES),
    serviceModel: z.enum(SERVICE_MODELS),
    provider: z.string(),
    criticality: z.enum(CRITICALITY),
    dataClassification: z.enum(DATA_CLASSIFICATION),
    description: z.string(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CloudService');

const fields = {
  name: Name,
  role: z
    .enum(SERVICE_ROLES)
    .openapi({ description: 'provider: you offer it (CSP); consumer: you use it (CSC)' }),
  serviceModel: z.enum(SERVICE_MODELS),
  provider: Name,
  criticality: z.enum(CRITICALITY),
  dataClassification: z.enum(DATA_CLASSIFICATION),
  description: Text(4000),
};
const Params = OrgParams.extend({ serviceId: Id });

export const registerServices = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'services:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/services',
        tags: ['services'],
        summary: 'Cloud services the organization provides or consumes',
        request: { params: OrgParams },
        responses: { 200: json(z.array(ServiceSchema)), ...problemResponses },
      },
    ),
    async (c) => c.json(await listServices(c.get('deps').store.db, c.get('org').id), 200),
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'services:write' },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/services',
        tags: ['services'],
        summary: 'Register a cloud service',
        request: {
          params: OrgParams,
          body: jsonBody(z.strictObject({ ...fields, description: Text(4000).default('') })),
        },
        responses: { 201: json(ServiceSchema, 'Created'), ...problemResponses },
      },
    ),
    async (c) => {
      const body = c.req.valid('json');
      const at = c.get('deps').now().toISOString();
      const service: CloudService = {
        id: randomUUID(),
        orgId: c.get('org').id,
        ...body,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      await inTransaction(c, async (trx) => {
        await insertService(trx, service);
        await recordAudit(trx, c, {
          action: 'service.created',
          targetType: 'cloud_service',
          targetId: service.id,
          after: body,
        });
      });
      return c.json(service, 201, { etag: etag(service.version) });
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'services:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/services/{serviceId}',
        tags: ['services'],
        summary: 'One cloud service',
        request: { params: Params },
        responses: { 200: json(ServiceSchema), ...problemResponses },
      },
    ),
    async (c) => {
      const { serviceId } = c.req.valid('param');
      const s = await getService(c.get('deps').store.db, c.get('org').id, serviceId);
      if (!s) throw notFound('cloud service', serviceId);
      return c.json(s, 200, { etag: etag(s.version) });
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'services:write' },
      {
        method: 'patch',
        path: '/api/v1/orgs/{orgId}/services/{serviceId}',
        tags: ['services'],
        summary: 'Change a cloud service (send If-Match with the version you read)',
        request: { params: Params, body: jsonBody(z.strictObject(fields).partial()) },
        responses: {
          200: json(ServiceSchema),
          409: { description: 'Changed since you read it' },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { serviceId } = c.req.valid('param');
      const body = c.req.valid('json');
      const expected = requireIfMatch(c);
      const updated = await inTransaction(c, async (trx) => {
        const current = await getService(trx, c.get('org').id, serviceId);
        if (!current) throw notFound('cloud service', serviceId);
        checkVersion(current, expected);
        const next: CloudService = {
          ...current,
          ...body,
          version: current.version + 1,
          updatedAt: c.get('deps').now().toISOString(),
        };
        if (!(await updateService(trx, next, expected)))
          throw versionConflict(await getService(trx, c.get('org').id, serviceId), expected);
        await recordAudit(trx, c, {
          action: 'service.updated',
          targetType: 'cloud_service',
          targetId: serviceId,
          before: current as never,
          after: next as never,
        });
        return next;
      });
      return c.json(updated, 200, { etag: etag(updated.version) });
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'services:write' },
      {
        method: 'delete',
        path: '/api/v1/orgs/{orgId}/services/{serviceId}',
        tags: ['services'],
        summary: 'Remove a cloud service from the register',
        request: { params: Params },
        responses: { 204: { description: 'Deleted' }, ...problemResponses },
      },
    ),
    async (c) => {
      const { serviceId } = c.req.valid('param');
      await inTransaction(c, async (trx) => {
        const current = await getService(trx, c.get('org').id, serviceId);
        if (!current || !(await deleteService(trx, c.get('org').id, serviceId)))
          throw notFound('cloud service', serviceId);
        await recordAudit(trx, c, {
          action: 'service.deleted',
          targetType: 'cloud_service',
          targetId: serviceId,
          before: current as never,
        });
      });
      return c.body(null, 204);
    },
  );
};
