import { NimbusError } from '@nimbus/core';
import { type Command, Option } from 'commander';
import type { CommandContext } from '../context.js';
import { paint } from '../output.js';

interface ServeOptions {
  port: string;
  host: string;
  demo?: boolean;
  logLevel: string;
}

export const registerServe = (program: Command, ctx: CommandContext) =>
  program
    .command('serve')
    .description(
      'run the Nimbus server (API, docs at /api/docs) on SQLite in NIMBUS_HOME or on NIMBUS_DATABASE_URL',
    )
    .option('--port <port>', 'TCP port', process.env.NIMBUS_PORT ?? '8017')
    .option(
      '--host <host>',
      'interface to listen on (0.0.0.0 for all)',
      process.env.NIMBUS_HOST ?? '127.0.0.1',
    )
    .option('--demo', 'seed the demo organizations (Acme Cloud Ltd, Globex Retail) if they are not there')
    .addOption(
      new Option('--log-level <level>', 'server log level')
        .choices(['fatal', 'error', 'warn', 'info', 'debug', 'silent'])
        .default('info'),
    )
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new NimbusError(
          'INVALID_ARGUMENT',
          `--port must be a number from 0 to 65535, not "${opts.port}"`,
        );
      }
      const { loadConfig, openRuntime, startServer, createSetupLinkIfEmpty, seedDemo } = await import(
        '@nimbus/server'
      );
      const { default: pino } = await import('pino');
      const p = paint(ctx.output(false));
      const config = loadConfig(process.env, { port, host: opts.host });
      const logger = pino({ level: opts.logLevel }, process.stderr);
      const runtime = await openRuntime({ config, catalog: ctx.catalog(), logger });
      if (runtime.migrations.applied.length) {
        ctx.streams.stderr.write(`database: applied ${runtime.migrations.applied.join(', ')}\n`);
      }
      let demo: Awaited<ReturnType<typeof seedDemo>> | undefined;
      if (opts.demo) demo = await seedDemo(runtime.deps);
      const server = await startServer(runtime.deps);
      const shown = server.url.replace('://127.0.0.1:', '://localhost:');
      ctx.streams.stdout.write(
        `${p.bold('Nimbus')} is running at ${p.cyan(shown)}  (API docs: ${shown}/api/docs)\n`,
      );
      ctx.streams.stdout.write(
        `data: ${runtime.deps.store.location} (${runtime.deps.store.dialect}), evidence: ${config.blobDir}\n`,
      );
      if (demo) {
        ctx.streams.stdout.write(
          `\n${demo.created ? 'Seeded' : 'Found'} the demo. Sign in as any of these (password: ${p.bold(demo.password ?? '(unchanged since it was seeded)')}):\n`,
        );
        for (const u of demo.users)
          ctx.streams.stdout.write(`  ${u.email.padEnd(28)} ${u.role.padEnd(8)} ${u.org}\n`);
      }
      const link = await createSetupLinkIfEmpty(runtime.deps, shown);
      if (link) {
        ctx.streams.stdout.write(
          `\nFirst run: create the first owner with this one-time link (valid 24 hours):\n  ${p.bold(link)}\n`,
        );
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          ctx.streams.stderr.write(
            `\n${signal}: finishing requests in flight, then closing the database...\n`,
          );
          server.stop().then(resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
