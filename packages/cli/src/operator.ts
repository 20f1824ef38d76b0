import type { Runtime, ServerConfig } from '@nimbus/server';
import type { CommandContext } from './context.js';

/**
 * Opens the data directly, the way `nimbus serve` finds it (NIMBUS_HOME, NIMBUS_DATABASE_URL), for operator
 * commands. The server package is loaded on demand so catalog commands stay fast.
 */
export const withRuntime = async <T>(
  ctx: CommandContext,
  overrides: Partial<ServerConfig>,
  fn: (runtime: Runtime) => Promise<T>,
): Promise<T> => {
  const { loadConfig, openRuntime } = await import('@nimbus/server');
  const config = loadConfig(process.env, overrides);
  const runtime = await openRuntime({ config, catalog: ctx.catalog() });
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
};
