import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NimbusError, suggest } from '@nimbus/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { idList } from '../arg-lists.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { progressLine } from '../render/progress-line.js';
import { VERSION } from '../version.js';
import { inBatches, writeAtomically } from '../write-atomically.js';

// Kept here (not imported from @nimbus/scanner) so that building the command tree loads no scanner code.
// A test keeps the list equal to the scanner's OUTPUT_FORMATS.
export const FORMATS = ['table', 'json', 'sarif', 'junit', 'csv', 'html', 'oscal'] as const;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

type Format = (typeof FORMATS)[number];

/** A report to write to a file: `-o FILE` for `--format`, and each `--report FORMAT=FILE`. */
interface ReportTarget {
  readonly format: Format;
  readonly file: string;
}

interface ScanCommandOptions {
  format: Format;
  output?: string;
  report?: ReportTarget[];
  failOn: (typeof SEVERITIES)[number];
  checks?: string[];
  skipChecks?: string[];
  controls?: string[];
  provider?: string[];
  baseline?: string;
  /** A file with --config, false with --no-config. */
  config?: string | false;
  upload?: boolean;
  assessment?: string;
  org?: string;
  server?: string;
  token?: string;
  source?: string;
}

const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

/** `--report sarif=out.sarif --report html=report.html` → targets; an unknown format or no file is refused. */
const reportTarget = (value: string, previous: ReportTarget[] = []): ReportTarget[] => {
  const at = value.indexOf('=');
  const format = (at < 0 ? value : value.slice(0, at)).trim();
  const file = at < 0 ? '' : value.slice(at + 1);
  if (!isFormat(format))
    throw new InvalidArgumentError(`unknown report format "${format}": use one of ${FORMATS.join(', ')}.`);
  if (file.trim() === '') throw new InvalidArgumentError(`no file named: write it as ${format}=<file>.`);
  return [...previous, { format, file }];
};

/**
 * Refuses, before anything is scanned, a report file that cannot be written (a folder, a missing or read-only
 * folder) and two reports aimed at the same file. Paths are resolved against the working directory.
 */
const statOf = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined; // missing, or a file where a folder should be (ENOTDIR)
  }
};

const checkTargets = (targets: readonly ReportTarget[], cwd: string): ReportTarget[] => {
  const seen = new Map<string, Format>();
  return targets.map(({ format, file: given }) => {
    const file = resolve(cwd, given);
    const cannot = (reason: string) =>
      new NimbusError('INVALID_ARGUMENT', `cannot write the ${format} report to ${file}: ${reason}`, {
        file,
        format,
      });
    const other = seen.get(file);
    if (other) throw cannot(`the ${other} report is written there too`);
    seen.set(file, format);
    const existing = statOf(file);
    if (existing?.isDirectory()) throw cannot('it is a folder');
    const folder = statOf(dirname(file));
    if (!folder) throw cannot(`no such folder ${dirname(file)}`);
    if (!folder.isDirectory()) throw cannot(`${dirname(file)} is not a folder`);
    try {
      accessSync(existing ? file : dirname(file), constants.W_OK);
    } catch {
      throw cannot(existing ? 'the file is read-only' : `the folder ${dirname(file)} is read-only`);
    }
    return { format, file };
  });
};

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
      'scan Terraform, plans, CloudFormation, Kubernetes manifests and cloud snapshots for misconfigurations, reported per ISO/IEC 27017 control',
    )
    .argument(
      '<paths...>',
      'files and folders to scan (folders are walked; hidden ones and node_modules skipped)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option(
      '--report <format=file>',
      `also write a report in another format to a file (repeatable; formats: ${FORMATS.join(', ')})`,
      reportTarget,
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a failure of this severity or higher is found')
        .choices(SEVERITIES)
        .default('low'),
    )
    .option('--checks <ids>', 'run only these checks (comma-separated, repeatable)', idList)
    .option('--skip-checks <ids>', 'skip these checks (comma-separated, repeatable)', idList)
    .option(
      '--controls <ids>',
      'run only the checks linked to these ISO/IEC 27017:2015 controls, e.g. CLD.9.5.2,12.4.1 (repeatable)',
      idList,
    )
    .option(
      '--provider <names>',
      'run only checks of these providers: aws, azure, gcp, kubernetes (repeatable)',
      idList,
    )
    .option('--baseline <file>', 'a JSON report of an earlier scan: report (and fail on) new failures only')
    .option('--config <file>', 'suppressions file (default: .nimbus.yaml in the working directory, if any)')
    .option('--no-config', 'ignore .nimbus.yaml')
    .option('--upload', 'send the results to a Nimbus server as automated evidence (needs --assessment)')
    .option('--assessment <id>', 'the assessment whose control results get the evidence')
    .option('--org <orgId>', "organization id (default: NIMBUS_ORG, else the API token's organization)")
    .option('--server <url>', 'server URL (default: NIMBUS_URL)')
    .option('--token <token>', 'API token with write scope (default: NIMBUS_TOKEN)')
    .option(
      '--source <text>',
      'what was scanned, as the evidence names it (default: the paths, and the commit in CI)',
    )
    .action(async (paths: string[], opts: ScanCommandOptions) => {
      if (opts.upload && !opts.assessment)
        throw new NimbusError(
          'INVALID_ARGUMENT',
          '--upload needs --assessment <id>: the assessment to attach the evidence to',
        );
      if (!opts.upload && opts.assessment)
        throw new NimbusError('INVALID_ARGUMENT', '--assessment is only used with --upload');
      const targets = checkTargets(
        [...(opts.output ? [{ format: opts.format, file: opts.output }] : []), ...(opts.report ?? [])],
        ctx.cwd,
      );
      // Loaded on demand: the scanner pulls in yaml, zod and every check (ADR-0002).
      const { parseBaseline, renderReport, scan, scanOutcome, summarize } = await import('@nimbus/scanner');
      const progress = progressLine(ctx.streams.stderr);
      const report = await scan({
        paths,
        cwd: ctx.cwd,
        onProgress: ({ phase, done, total }) =>
          phase === 'files'
            ? progress.update(`scanning: read ${done}/${total} files`)
            : phase === 'terraform'
              ? progress.update(`scanning: resolving ${total} Terraform file(s)`, true)
              : progress.update(`scanning: running checks on ${total} resources`, true),
        ...(opts.checks ? { checks: opts.checks } : {}),
        ...(opts.skipChecks ? { skipChecks: opts.skipChecks } : {}),
        ...(opts.controls ? { controls: knownControls(ctx, opts.controls) } : {}),
        ...(opts.provider ? { providers: opts.provider } : {}),
        ...(opts.baseline ? { baseline: readBaseline(ctx.cwd, opts.baseline, parseBaseline) } : {}),
        ...(opts.config === false
          ? { configFile: null }
          : opts.config !== undefined
            ? { configFile: opts.config }
            : {}),
      });
      progress.clear();
      const formatOptions = {
        toolVersion: VERSION,
        cwd: ctx.cwd,
        width: ctx.output(false).width,
        ...catalogNames(ctx, report.framework),
      };
      if (!opts.output)
        for (const batch of inBatches(renderReport(report, opts.format, formatOptions)))
          ctx.streams.stdout.write(batch);
      // Suppressed failures and unknowns have their own count, in neither `fail` nor `unknown`.
      const { counts } = summarize(report);
      for (const { format, file } of targets) {
        try {
          // Piece by piece into a file renamed when whole: the report of a large account is never one string.
          writeAtomically(file, renderReport(report, format, formatOptions));
        } catch (err) {
          throw new NimbusError(
            'INVALID_ARGUMENT',
            `cannot write the ${format} report to ${file}: ${(err as Error).message}`,
            {
              file,
              format,
            },
          );
        }
        ctx.streams.stderr.write(
          `wrote the ${format} report to ${file}: ${counts.fail} failed, ` +
            `${counts.suppressed ? `${counts.suppressed} suppressed, ` : ''}${counts.pass} passed, ` +
            `${counts.unknown} unknown, ${counts.error} error(s)\n`,
        );
      }
      if (report.baseline)
        ctx.streams.stderr.write(
          `baseline ${report.baseline.file}: ${report.baseline.unchanged} failure(s) found again and left out\n`,
        );
      if (opts.upload && opts.assessment) {
        const { uploadScan } = await import('./scan-upload.js');
        await uploadScan(ctx, report, paths, { ...opts, assessment: opts.assessment });
      }
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

/** `--controls` ids must be ISO/IEC 27017:2015 controls of the catalog (with suggestions when misspelt). */
const knownControls = (ctx: CommandContext, ids: readonly string[]): string[] => {
  const catalog = ctx.catalog();
  return ids.map((id) => {
    const control = catalog.findControl(id, 'iso27017:2015');
    if (!control) {
      const all = catalog.framework('iso27017:2015').controls.map((c) => c.id);
      const close = suggest(id, all);
      throw new NimbusError(
        'INVALID_ARGUMENT',
        `--controls: ${id} is not an ISO/IEC 27017:2015 control${close.length ? `; did you mean ${close.join(', ')}?` : ''}`,
        { control: id, suggestions: close },
      );
    }
    return control.id;
  });
};

/** Reads the `--baseline` report; the scanner says what is wrong with its content. */
const readBaseline = <B>(cwd: string, file: string, parse: (file: string, text: string) => B): B => {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `--baseline ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  return parse(file, text);
};
