import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { AppDeps } from './app-env.js';

export interface RunningServer {
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes the database. */
  stop(graceMs?: number): Promise<void>;
}

/** Serves the API (and later the web UI) over HTTP on the configured host and port. */
export const startServer = async (deps: AppDeps): Promise<RunningServer> => {
  const { app } = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: deps.config.host, port: deps.config.port }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    stop(graceMs = 10_000) {
      stopping ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        }, graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          deps.store
            .close()
            .catch(() => {})
            .finally(resolve);
        });
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      return stopping;
    },
  };
};
