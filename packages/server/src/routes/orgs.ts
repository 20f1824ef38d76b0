import { randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { NimbusError, ROLES } from '@nimbus/core';
import {
  countOwners,
  deleteMembership,
  findUserByEmail,
  getMembership,
  getOrganization,
  insertOrganization,
  insertUser,
  listMembers,
  listOrganizationsOf,
  renameOrganization,
  upsertMembership,
} from '@nimbus/storage';
import { inTransaction, recordAudit } from '../audit/record.js';
import { checkPasswordPolicy, hashPassword } from '../auth/passwords.js';
import { defineRoute, type Router } from './router.js';
import { Id, json, jsonBody, Name, OrgParams, problemResponses } from './schemas.js';

const Org = z.object({ id: z.string(), name: z.string(), createdAt: z.string() }).openapi('Organization');
const Member = z
  .object({
    orgId: z.string(),
    userId: z.string(),
    role: z.enum(ROLES),
    createdAt: z.string(),
    email: z.string(),
    name: z.string(),
  })
  .openapi('Member');
const MemberParams = OrgParams.extend({ userId: Id });

export const registerOrgs = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'user' },
      {
        method: 'get',
        path: '/api/v1/orgs',
        tags: ['organizations'],
        summary: 'Organizations you belong to, with your role',
        responses: { 200: json(z.array(Org.extend({ role: z.string() }))), ...problemResponses },
      },
    ),
    async (c) => c.json(await listOrganizationsOf(c.get('deps').store.db, c.get('principal')!.user.id), 200),
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'user', sessionOnly: true },
      {
        method: 'post',
        path: '/api/v1/orgs',
        tags: ['organizations'],
        summary: 'Create an organization; you become its owner',
        request: { body: jsonBody(z.strictObject({ name: Name })) },
        responses: { 201: json(Org, 'Created'), ...problemResponses },
      },
    ),
    async (c) => {
      const { name } = c.req.valid('json');
      const user = c.get('principal')!.user;
      const at = c.get('deps').now().toISOString();
      const org = await inTransaction(c, async (trx) => {
        const o = await insertOrganization(trx, { id: randomUUID(), name, createdAt: at });
        await upsertMembership(trx, { orgId: o.id, userId: user.id, role: 'owner', createdAt: at });
        await recordAudit(trx, c, {
          orgId: o.id,
          action: 'org.created',
          targetType: 'organization',
          targetId: o.id,
          after: { name },
        });
        await recordAudit(trx, c, {
          orgId: o.id,
          action: 'member.added',
          targetType: 'user',
          targetId: user.id,
          after: { role: 'owner' },
        });
        return o;
      });
      return c.json(org, 201);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'org:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}',
        tags: ['organizations'],
        summary: 'One organization',
        request: { params: OrgParams },
        responses: { 200: json(Org.extend({ role: z.string() })), ...problemResponses },
      },
    ),
    async (c) => {
      const org = await getOrganization(c.get('deps').store.db, c.get('org').id);
      if (!org) throw new NimbusError('NOT_FOUND', 'no such organization');
      return c.json({ ...org, role: c.get('org').role }, 200);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'org:manage' },
      {
        method: 'patch',
        path: '/api/v1/orgs/{orgId}',
        tags: ['organizations'],
        summary: 'Rename an organization',
        request: { params: OrgParams, body: jsonBody(z.strictObject({ name: Name })) },
        responses: { 200: json(Org), ...problemResponses },
      },
    ),
    async (c) => {
      const { name } = c.req.valid('json');
      const id = c.get('org').id;
      const org = await inTransaction(c, async (trx) => {
        const before = await getOrganization(trx, id);
        await renameOrganization(trx, id, name);
        await recordAudit(trx, c, {
          action: 'org.updated',
          targetType: 'organization',
          targetId: id,
          before: { name: before?.name },
          after: { name },
        });
        return { ...before!, name };
      });
      return c.json(org, 200);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'members:read' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/members',
        tags: ['members'],
        summary: 'Members and their roles',
        request: { params: OrgParams },
        responses: { 200: json(z.array(Member)), ...problemResponses },
      },
    ),
    async (c) => c.json(await listMembers(c.get('deps').store.db, c.get('org').id), 200),
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'members:manage', sessionOnly: true },
      {
        method: 'post',
        path: '/api/v1/orgs/{orgId}/members',
        tags: ['members'],
        summary: 'Add a member by email (creates the account when a name and initial password are given)',
        request: {
          params: OrgParams,
          body: jsonBody(
            z.strictObject({
              email: z.string().trim().toLowerCase().email().max(254),
              role: z.enum(ROLES),
              name: Name.optional(),
              password: z.string().max(1024).optional(),
            }),
          ),
        },
        responses: {
          201: json(Member, 'Added'),
          ...problemResponses,
          409: { description: 'Already a member' },
        },
      },
    ),
    async (c) => {
      const body = c.req.valid('json');
      const org = c.get('org');
      if (body.role === 'owner' && org.role !== 'owner')
        throw new NimbusError('FORBIDDEN', 'only an owner can add an owner');
      const { store, now } = c.get('deps');
      const at = now().toISOString();
      let user = (await findUserByEmail(store.db, body.email))?.user;
      let passwordHash: string | undefined;
      if (!user) {
        if (!body.name || !body.password) {
          throw new NimbusError(
            'NOT_FOUND',
            `no account for ${body.email}: give name and password to create one`,
          );
        }
        checkPasswordPolicy(body.password, [body.email.split('@')[0] ?? '', body.name]);
        passwordHash = await hashPassword(body.password);
      }
      const member = await inTransaction(c, async (trx) => {
        if (!user) {
          user = await insertUser(trx, {
            id: randomUUID(),
            email: body.email,
            name: body.name!,
            passwordHash: passwordHash!,
            createdAt: at,
          });
          await recordAudit(trx, c, {
            action: 'user.created',
            targetType: 'user',
            targetId: user.id,
            after: { email: user.email, name: user.name },
          });
        }
        if (await getMembership(trx, org.id, user.id))
          throw new NimbusError('ALREADY_EXISTS', `${body.email} is already a member`);
        await upsertMembership(trx, { orgId: org.id, userId: user.id, role: body.role, createdAt: at });
        await recordAudit(trx, c, {
          action: 'member.added',
          targetType: 'user',
          targetId: user.id,
          after: { email: user.email, role: body.role },
        });
        return {
          orgId: org.id,
          userId: user.id,
          role: body.role,
          createdAt: at,
          email: user.email,
          name: user.name,
        };
      });
      return c.json(member, 201);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'members:manage' },
      {
        method: 'patch',
        path: '/api/v1/orgs/{orgId}/members/{userId}',
        tags: ['members'],
        summary: "Change a member's role",
        request: { params: MemberParams, body: jsonBody(z.strictObject({ role: z.enum(ROLES) })) },
        responses: { 200: json(Member), ...problemResponses },
      },
    ),
    async (c) => {
      const { userId } = c.req.valid('param');
      const { role } = c.req.valid('json');
      const org = c.get('org');
      const member = await inTransaction(c, async (trx) => {
        const current = await getMembership(trx, org.id, userId);
        if (!current) throw new NimbusError('NOT_FOUND', `no member "${userId}" in this organization`);
        if ((role === 'owner' || current.role === 'owner') && org.role !== 'owner') {
          throw new NimbusError('FORBIDDEN', 'only an owner can grant or take away the owner role');
        }
        if (current.role === 'owner' && role !== 'owner' && (await countOwners(trx, org.id)) <= 1) {
          throw new NimbusError(
            'INVALID_ARGUMENT',
            'an organization needs at least one owner: make someone else owner first',
          );
        }
        await upsertMembership(trx, { ...current, role });
        await recordAudit(trx, c, {
          action: 'member.role_changed',
          targetType: 'user',
          targetId: userId,
          before: { role: current.role },
          after: { role },
        });
        return (await listMembers(trx, org.id)).find((m) => m.userId === userId)!;
      });
      return c.json(member, 200);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'members:manage' },
      {
        method: 'delete',
        path: '/api/v1/orgs/{orgId}/members/{userId}',
        tags: ['members'],
        summary: 'Remove a member',
        request: { params: MemberParams },
        responses: { 204: { description: 'Removed' }, ...problemResponses },
      },
    ),
    async (c) => {
      const { userId } = c.req.valid('param');
      const org = c.get('org');
      await inTransaction(c, async (trx) => {
        const current = await getMembership(trx, org.id, userId);
        if (!current) throw new NimbusError('NOT_FOUND', `no member "${userId}" in this organization`);
        if (current.role === 'owner' && org.role !== 'owner')
          throw new NimbusError('FORBIDDEN', 'only an owner can remove an owner');
        if (current.role === 'owner' && (await countOwners(trx, org.id)) <= 1) {
          throw new NimbusError('INVALID_ARGUMENT', 'an organization needs at least one owner');
        }
        await deleteMembership(trx, org.id, userId);
        await recordAudit(trx, c, {
          action: 'member.removed',
          targetType: 'user',
          targetId: userId,
          before: { role: current.role },
        });
      });
      return c.body(null, 204);
    },
  );
};
