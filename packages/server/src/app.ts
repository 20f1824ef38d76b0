import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { NimbusError } from '@nimbus/core';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './app-env.js';
import { registerDocs } from './http/docs.js';
import { problem, toNimbusError } from './http/problem.js';
import { validationHook } from './http/validation-hook.js';
import { registerWebUi } from './http/web-ui.js';
import { registerApi } from './routes/index.js';
import type { RouteMeta, Router } from './routes/router.js';

export interface NimbusApp {
  readonly app: OpenAPIHono<AppEnv>;
  /** Every API route with its access rule (the route x role tests walk these). */
  readonly routes: readonly RouteMeta[];
}

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/** Builds the HTTP app around its dependencies. Tests call it in-process with `app.request()`. */
export const createApp = (deps: AppDeps): NimbusApp => {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never });

  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    c.set('requestId', incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID());
    c.set('deps', deps);
    const forwarded = deps.config.trustProxy
      ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
      : undefined;
    c.set(
      'clientIp',
      forwarded ?? (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? null,
    );
    c.set('principal', undefined);
    const started = performance.now();
    await next();
    // On the final response's headers, not c.header(): after the handler, c.header() rebuilds the response
    // around a stream of its body, which costs every request the fast path of the Node adapter.
    c.res.headers.set('x-request-id', c.get('requestId'));
    const ms = Math.round((performance.now() - started) * 10) / 10;
    deps.logger.info(
      { reqId: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms },
      'request',
    );
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        frameSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
      // A route may set its own CSP (inline evidence previews allow framing by the app itself).
      overwrite: false,
    }),
  );
  const tooLarge = (limit: number) => () => {
    throw new NimbusError('PAYLOAD_TOO_LARGE', `the request body is larger than ${limit} bytes`, { limit });
  };
  // Body limits apply to requests that carry a body; reading GETs' bodies would cost every read request.
  const uploadLimit = bodyLimit({
    maxSize: deps.config.maxUploadBytes,
    onError: tooLarge(deps.config.maxUploadBytes),
  });
  const jsonLimit = bodyLimit({
    maxSize: deps.config.maxJsonBytes,
    onError: tooLarge(deps.config.maxJsonBytes),
  });
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'DELETE') return next();
    const upload = c.req.method === 'POST' && /^\/api\/v1\/orgs\/[^/]+\/evidence$/.test(c.req.path);
    return (upload ? uploadLimit : jsonLimit)(c, next);
  });

  app.onError((err, c) => {
    const nimbus = toNimbusError(err);
    if (nimbus.code === 'INTERNAL') deps.logger.error({ reqId: c.get('requestId'), err }, 'unhandled error');
    const res = problem(c, nimbus);
    if (nimbus.code === 'RATE_LIMITED' && typeof nimbus.details.retryAfter === 'number') {
      res.headers.set('retry-after', String(nimbus.details.retryAfter));
    }
    return res;
  });
  app.notFound((c) => problem(c, new NimbusError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`)));

  const router: Router = { app, routes: [] };
  registerApi(router);
  registerDocs(app);
  registerWebUi(app);
  return { app, routes: router.routes };
};
