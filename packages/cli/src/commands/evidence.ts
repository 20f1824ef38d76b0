import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { paint } from '../output.js';

export const registerEvidence = (program: Command, ctx: CommandContext) =>
  program
    .command('evidence')
    .description('evidence files')
    .command('verify')
    .description('re-hash every stored evidence file and report missing or altered ones (exit 1 when any)')
    .option('--json', 'print machine-readable JSON')
    .action(async (opts: { json?: boolean }) => {
      const { verifyEvidenceBlobs } = await import('@nimbus/server');
      const { withRuntime } = await import('../operator.js');
      const report = await withRuntime(ctx, {}, ({ deps }) => verifyEvidenceBlobs(deps.store, deps.blobs));
      const out = ctx.output(opts.json);
      const p = paint(out);
      const bad = report.missing.length + report.mismatched.length;
      if (out.json) out.data(report);
      else {
        for (const m of report.missing)
          out.out(`${p.red('✗')} missing: evidence ${m.evidenceId} (sha256 ${m.sha256})`);
        for (const m of report.mismatched)
          out.out(
            `${p.red('✗')} altered: evidence ${m.evidenceId} should hash to ${m.sha256}, hashes to ${m.actual}`,
          );
        out.out(
          bad
            ? p.red(`${bad} problem(s) in ${report.checked} evidence file(s)`)
            : `${p.green('✓')} ${report.checked} evidence file(s) verify`,
        );
      }
      if (bad) ctx.exitCode = EXIT.findings;
    });
