import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NimbusError } from '@nimbus/core';
import type { Command } from 'commander';
import { idList } from '../arg-lists.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { progressLine } from '../render/progress-line.js';
import { writeAtomically } from '../write-atomically.js';

interface CollectAwsCommandOptions {
  output: string;
  profile?: string;
  regions?: string[];
}

/** Failed calls listed after the summary; the rest are counted (all of them are in the file). */
const MAX_LISTED_ERRORS = 20;

/** Refuses an output path that cannot be written, before minutes of collection. */
const checkWritable = (file: string) => {
  const dir = dirname(file);
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new NimbusError('INVALID_ARGUMENT', `cannot write ${file}: ${dir}: ${(err as Error).message}`, {
      file,
    });
  }
};

/** Progress on standard error: one line rewritten in place on a terminal, one line per step otherwise. */
export const progressReporter = (ctx: Pick<CommandContext, 'streams'>) => {
  const line = progressLine(ctx.streams.stderr, { everyMs: 0, plain: true });
  return {
    step: (p: { service: string; region: string; done: number; total: number }) =>
      line.update(`collected ${p.service} in ${p.region} (${p.done}/${p.total})`),
    clear: () => line.clear(),
  };
};

export const registerCollect = (program: Command, ctx: CommandContext) => {
  const collect = program
    .command('collect')
    .description('collect a read-only snapshot of a live cloud account, for `nimbus scan`');
  collect
    .command('aws')
    .description(
      'collect an AWS account (EC2, VPC, S3, CloudTrail, RDS, KMS) with read-only Describe, List and Get calls',
    )
    .requiredOption('-o, --output <file>', 'where to write the snapshot (JSON)')
    .option(
      '--profile <name>',
      'AWS profile of the shared config files (default: the standard credential chain)',
    )
    .option(
      '--regions <names>',
      'regions to collect, comma-separated (default: every enabled region)',
      idList,
    )
    .action(async (opts: CollectAwsCommandOptions) => {
      const file = resolve(ctx.cwd, opts.output);
      checkWritable(file);
      // Nimbus pins its SDK version: the SDK's advice about future Node versions is not for our users.
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
      // Loaded on demand: the AWS SDK is large and only this command needs it (ADR-0002).
      const { collectAws, countItems } = await import('@nimbus/collect-aws');
      const { snapshotText } = await import('@nimbus/scanner');
      const progress = progressReporter(ctx);
      let snapshot: Awaited<ReturnType<typeof collectAws>>;
      try {
        snapshot = await collectAws({
          ...(opts.profile ? { profile: opts.profile } : {}),
          ...(opts.regions ? { regions: opts.regions } : {}),
          onProgress: progress.step,
        });
      } finally {
        progress.clear();
      }
      // Indented for small accounts; one item per line for large ones (see snapshotText).
      try {
        // Owner-only: a snapshot maps the account's weak spots.
        writeAtomically(file, snapshotText(snapshot), 0o600);
      } catch (err) {
        throw new NimbusError('INVALID_ARGUMENT', `cannot write ${file}: ${(err as Error).message}`, {
          file,
        });
      }
      const counts = Object.entries(countItems(snapshot));
      const width = Math.max(8, ...counts.map(([service]) => service.length));
      const lines = [
        `wrote ${opts.output}: AWS account ${snapshot.account.id}, ${snapshot.regions.length} region(s) (${snapshot.regions.join(', ')})`,
        ...counts.map(([service, n]) => `  ${service.padEnd(width)} ${String(n).padStart(6)} item(s)`),
      ];
      const { errors } = snapshot;
      if (errors.length) {
        lines.push(
          `${errors.length} call(s) failed: the snapshot lists them, and a scan of it warns about what they leave out`,
          ...errors
            .slice(0, MAX_LISTED_ERRORS)
            .map(
              (e) =>
                `  ${e.service} ${e.region} ${e.operation}${e.resource ? ` (${e.resource})` : ''}: ${e.code}: ${e.message}`,
            ),
        );
        if (errors.length > MAX_LISTED_ERRORS)
          lines.push(`  ... and ${errors.length - MAX_LISTED_ERRORS} more (see "errors" in the file)`);
      }
      lines.push(`Scan it with: nimbus scan ${opts.output}`);
      ctx.streams.stdout.write(`${lines.join('\n')}\n`);
      ctx.exitCode = EXIT.ok;
    });
};
