import { can, isReadPermission, NimbusError, type Permission } from '@nimbus/core';
import { getMembership } from '@nimbus/storage';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

/**
 * Resolves the organization in the path and checks the caller's role against the permission matrix. A caller
 * who is not a member gets 404, so the existence of other tenants never leaks. A token acts only in its own
 * organization, and a read-scoped token only for read permissions.
 */
export const requireOrg =
  (permission: Permission): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw new NimbusError('UNAUTHENTICATED', 'sign in first');
    const orgId = c.req.param('orgId') ?? '';
    const { store } = c.get('deps');
    if (principal.kind === 'token' && principal.token.orgId !== orgId) {
      throw new NimbusError('NOT_FOUND', `no organization "${orgId}"`);
    }
    const membership = await getMembership(store.db, orgId, principal.user.id);
    if (!membership) throw new NimbusError('NOT_FOUND', `no organization "${orgId}"`);
    if (!can(membership.role, permission)) {
      throw new NimbusError('FORBIDDEN', `your role (${membership.role}) does not allow ${permission}`, {
        permission,
        role: membership.role,
      });
    }
    if (principal.kind === 'token' && principal.token.scope === 'read' && !isReadPermission(permission)) {
      throw new NimbusError('FORBIDDEN', `this API token is read-only; ${permission} needs a write token`, {
        permission,
      });
    }
    c.set('org', { id: orgId, role: membership.role });
    await next();
  };
