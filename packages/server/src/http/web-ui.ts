import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** The built web UI: NIMBUS_WEB_DIR, else the dist folder of @nimbus/web. */
export const webDistDir = (): string | undefined => {
  if (process.env.NIMBUS_WEB_DIR) return process.env.NIMBUS_WEB_DIR;
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@nimbus/web/package.json')), 'dist');
  } catch {
    return undefined;
  }
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nimbus</title></head><body>
<h1>The Nimbus web UI is not built</h1><p>Run <code>npm run build</code>, then restart <code>nimbus serve</code>.
The API is available at <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/**
 * Serves the single-page app: hashed assets with a year of caching, other files briefly, and index.html (never
 * cached) for every other path that is not the API, so deep links work.
 */
export const registerWebUi = (app: OpenAPIHono<AppEnv>, dist = webDistDir()) => {
  const index =
    dist && existsSync(join(dist, 'index.html')) ? readFileSync(join(dist, 'index.html'), 'utf8') : undefined;
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api' || path === '/healthz' || path === '/readyz')
      return next();
    if (!dist || !index) return c.html(NOT_BUILT, 503);
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return c.html(index, 200, { 'cache-control': 'no-cache' });
    }
    const file = normalize(join(dist, decoded));
    if (!relative(dist, file).startsWith('..') && path !== '/' && existsSync(file) && !file.endsWith('/')) {
      const ext = file.slice(file.lastIndexOf('.'));
      const immutable = path.startsWith('/assets/');
      try {
        return c.body(readFileSync(file), 200, {
          'content-type': TYPES[ext] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        });
      } catch {
        return next();
      }
    }
    if (path.startsWith('/assets/')) return next();
    return c.html(index, 200, { 'cache-control': 'no-cache' });
  });
};
