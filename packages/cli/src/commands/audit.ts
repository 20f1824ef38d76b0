import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { paint } from '../output.js';

export const registerAudit = (program: Command, ctx: CommandContext) =>
  program
    .command('audit')
    .description('the audit trail')
    .command('verify')
    .description('recompute every hash chain and name the first broken entry (exit 1 when one is broken)')
    .option('--json', 'print machine-readable JSON')
    .action(async (opts: { json?: boolean }) => {
      const { listChains, verifyChain } = await import('@nimbus/storage');
      const { withRuntime } = await import('../operator.js');
      const out = ctx.output(opts.json);
      const p = paint(out);
      const report = await withRuntime(ctx, {}, async ({ deps }) => {
        const chains = [];
        for (const orgId of await listChains(deps.store.db))
          chains.push({ orgId, ...(await verifyChain(deps.store.db, orgId)) });
        return chains;
      });
      const broken = report.filter((c) => c.broken);
      if (out.json) out.data({ ok: broken.length === 0, chains: report });
      else {
        for (const c of report) {
          out.out(
            c.broken
              ? `${p.red('✗')} ${c.orgId}: entry ${c.broken.seq} (${c.broken.id}): ${c.broken.reason}`
              : `${p.green('✓')} ${c.orgId}: ${c.events} events`,
          );
        }
        out.out(
          broken.length ? p.red(`${broken.length} broken chain(s)`) : `all ${report.length} chain(s) verify`,
        );
      }
      if (broken.length) ctx.exitCode = EXIT.findings;
    });
