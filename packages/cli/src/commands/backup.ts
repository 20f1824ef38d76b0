import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { paint } from '../output.js';

export const registerBackup = (program: Command, ctx: CommandContext) => {
  program
    .command('backup')
    .description('write a consistent backup (database + evidence files) while the server runs (SQLite)')
    .requiredOption('-o, --output <file>', 'the .tar.gz to write')
    .option('--json', 'print machine-readable JSON')
    .action(async (opts: { output: string; json?: boolean }) => {
      const { createBackup } = await import('@nimbus/server');
      const { withRuntime } = await import('../operator.js');
      const file = resolve(ctx.cwd, opts.output);
      const manifest = await withRuntime(ctx, {}, ({ deps }) => createBackup(deps.store, deps.blobs, file));
      const out = ctx.output(opts.json);
      if (out.json) out.data({ file, ...manifest });
      else
        out.out(
          `backup written to ${file}: database ${manifest.database.bytes} bytes, ${manifest.blobs} evidence file(s)`,
        );
    });

  program
    .command('restore')
    .description(
      'restore a backup into NIMBUS_HOME (stop the server first), then verify the audit chains and evidence',
    )
    .argument('<file>', 'a .tar.gz written by nimbus backup')
    .option('--force', 'replace an existing database')
    .option('--json', 'print machine-readable JSON')
    .action(async (file: string, opts: { force?: boolean; json?: boolean }) => {
      const { loadConfig, restoreBackup } = await import('@nimbus/server');
      const config = loadConfig(process.env);
      const manifest = await restoreBackup(resolve(ctx.cwd, file), {
        databaseFile: config.databaseUrl,
        blobDir: config.blobDir,
        force: Boolean(opts.force),
      });
      const { verifyAll } = await import('../verify-all.js');
      const report = await verifyAll(ctx);
      const out = ctx.output(opts.json);
      const p = paint(out);
      if (out.json) out.data({ restored: manifest, verification: report });
      else {
        out.out(`restored ${file} (made ${manifest.createdAt}) into ${config.databaseUrl}`);
        out.out(report.ok ? p.green('audit chains and evidence hashes verify') : p.red(report.summary));
      }
      if (!report.ok) ctx.exitCode = EXIT.findings;
    });
};
