import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NimbusError } from '@nimbus/core';
import { type Command, Option } from 'commander';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { VERSION } from '../version.js';

// Kept here (not imported from @nimbus/scanner) so that building the command tree loads no scanner code.
const FORMATS = ['table', 'json', 'sarif'] as const;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

interface ScanCommandOptions {
  format: (typeof FORMATS)[number];
  output?: string;
  failOn: (typeof SEVERITIES)[number];
  checks?: string[];
  skipChecks?: string[];
}

/** `--checks a,b --checks c` → `[a, b, c]`. */
const idList = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

const EXIT_BY_OUTCOME = {
  clean: EXIT.ok,
  findings: EXIT.findings,
  'input-error': EXIT.usage,
  'check-error': EXIT.internal,
} as const;

export const registerScan = (program: Command, ctx: CommandContext) =>
  program
    .command('scan')
    .description(
      'scan CloudFormation templates and Kubernetes manifests for misconfigurations, reported per ISO/IEC 27017 control',
    )
    .argument(
      '<paths...>',
      'files and folders to scan (folders are walked; hidden ones and node_modules skipped)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a failure of this severity or higher is found')
        .choices(SEVERITIES)
        .default('low'),
    )
    .option('--checks <ids>', 'run only these checks (comma-separated, repeatable)', idList)
    .option('--skip-checks <ids>', 'skip these checks (comma-separated, repeatable)', idList)
    .action(async (paths: string[], opts: ScanCommandOptions) => {
      // Loaded on demand: the scanner pulls in yaml, zod and every check (ADR-0002).
      const { formatReport, scan, scanOutcome, summarize } = await import('@nimbus/scanner');
      const report = await scan({
        paths,
        cwd: ctx.cwd,
        ...(opts.checks ? { checks: opts.checks } : {}),
        ...(opts.skipChecks ? { skipChecks: opts.skipChecks } : {}),
      });
      const text = formatReport(report, opts.format, {
        toolVersion: VERSION,
        cwd: ctx.cwd,
        width: ctx.output(false).width,
        ...catalogNames(ctx, report.framework),
      });
      if (opts.output) {
        const file = resolve(ctx.cwd, opts.output);
        try {
          writeFileSync(file, text);
        } catch (err) {
          throw new NimbusError('INVALID_ARGUMENT', `cannot write ${file}: ${(err as Error).message}`, {
            file,
          });
        }
        const { counts } = summarize(report);
        ctx.streams.stderr.write(
          `wrote the ${opts.format} report to ${file}: ${counts.fail} failed, ${counts.pass} passed, ` +
            `${counts.unknown} unknown, ${counts.error} error(s)\n`,
        );
      } else ctx.streams.stdout.write(text);
      ctx.exitCode = EXIT_BY_OUTCOME[scanOutcome(report, opts.failOn)];
    });

/** Framework name and control titles from the compiled catalog, when it is built; the report works without. */
const catalogNames = (ctx: CommandContext, framework: string) => {
  try {
    const catalog = ctx.catalog();
    return {
      frameworkName: catalog.framework(framework).name,
      controlTitle: (id: string) => catalog.findControl(id, framework)?.title,
    };
  } catch {
    return {};
  }
};
