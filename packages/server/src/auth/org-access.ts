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
    // A token's role in its organization came with the token (one query); a session asks for the membership.
    const role =
      principal.kind === 'token'
        ? principal.role
        : ((await getMembership(store.db, orgId, principal.user.id))?.role ?? null);
    if (!role) throw new NimbusError('NOT_FOUND', `no organization "${orgId}"`);
    if (!can(role, permission)) {
      throw new NimbusError('FORBIDDEN', `your role (${role}) does not allow ${permission}`, {
        permission,
        role,
      });
    }
    if (principal.kind === 'token' && principal.token.scope === 'read' && !isReadPermission(permission)) {
      throw new NimbusError('FORBIDDEN', `this API token is read-only; ${permission} needs a write token`, {
        permission,
      });
    }
    c.set('org', { id: orgId, role });
    await next();
  };
