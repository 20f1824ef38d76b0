import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../src/app-env.js';
import { registerWebUi } from '../src/http/web-ui.js';

const builtUi = () => {
  const dist = mkdtempSync(join(tmpdir(), 'nimbus-ui-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Nimbus</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dirname(dist), 'secret.txt'), 'outside');
  return dist;
};

const appWith = (dist: string) => {
  const app = new OpenAPIHono<AppEnv>();
  registerWebUi(app, dist);
  app.get('/api/v1/x', (c) => c.json({ api: true }));
  return app;
};

describe('serving the web UI', () => {
  const app = appWith(builtUi());

  it('serves hashed assets with a year of immutable caching', async () => {
    const res = await app.request('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers deep links with index.html, never cached, and leaves the API alone', async () => {
    const res = await app.request('/o/123/assessments/456?result=789');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<div id="root">');
    expect(await (await app.request('/api/v1/x')).json()).toEqual({ api: true });
  });

  it('never serves files outside the build, and survives malformed escapes', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%E0%A4%A',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).not.toBe(500);
      expect(await res.text(), path).not.toContain('outside');
    }
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('says how to build the UI when it is missing', async () => {
    const res = await appWith(join(tmpdir(), 'nimbus-no-ui-here')).request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
