import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Permission } from '@nimbus/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { requireAuth } from '../auth/authenticate.js';
import { requireOrg } from '../auth/org-access.js';

/** Who may call a route. Every route declares one; the route x role test walks them all. */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'user'; readonly sessionOnly?: boolean }
  | { readonly kind: 'org'; readonly permission: Permission; readonly sessionOnly?: boolean };

export interface RouteMeta {
  readonly method: string;
  readonly path: string;
  readonly access: Access;
  readonly body: 'json' | 'multipart' | 'none';
}

export interface Router {
  readonly app: OpenAPIHono<AppEnv>;
  readonly routes: RouteMeta[];
}

type RouteConfig = Parameters<typeof createRoute>[0];

const accessMiddleware = (access: Access): MiddlewareHandler<AppEnv>[] => {
  if (access.kind === 'public') return [];
  const auth = requireAuth(access.sessionOnly ? { sessionOnly: true } : {});
  return access.kind === 'user' ? [auth] : [auth, requireOrg(access.permission)];
};

/** Declares a route with its access rule, which runs before any body is read or validated. */
export const defineRoute = <R extends RouteConfig>(router: Router, access: Access, route: R) => {
  const content = route.request?.body?.content as Record<string, unknown> | undefined;
  router.routes.push({
    method: route.method.toUpperCase(),
    path: route.path,
    access,
    body: content?.['multipart/form-data'] ? 'multipart' : content ? 'json' : 'none',
  });
  const security: Record<string, string[]>[] =
    access.kind === 'public' ? [] : [{ session: [] }, { bearer: [] }];
  return createRoute({ ...route, security, middleware: accessMiddleware(access) });
};
