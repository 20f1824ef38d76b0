import { resolve } from 'node:path';
import { formatIssue } from '@nimbus/core';
import type { Command } from 'commander';
import { catalogSourceDir } from '../../catalog/paths.js';
import type { CommandContext } from '../../context.js';
import { EXIT } from '../../exit-codes.js';
import { paint } from '../../output.js';
import { jsonOption } from './options.js';

export const registerCheck = (catalog: Command, ctx: CommandContext) =>
  catalog
    .command('check')
    .description('validate every catalog data file and report all problems as file: path: message')
    .option('--dir <folder>', 'catalog folder to check (default: the catalog/ folder of this Nimbus)')
    .addOption(jsonOption())
    .action(async (opts: { dir?: string; json?: boolean }) => {
      // Loaded on demand: the compiler pulls in zod and yaml, which other commands do not need (ADR-0002).
      const { checkCatalogDir } = await import('../../catalog/build-catalog.js');
      const out = ctx.output(opts.json);
      const dir = opts.dir ? resolve(ctx.cwd, opts.dir) : catalogSourceDir();
      const { catalog: compiled, issues, fileCount } = checkCatalogDir(dir);
      const summary = {
        dir,
        files: fileCount,
        frameworks: compiled.frameworks.map((f) => ({ id: f.id, controls: f.controls.length })),
        mappings: compiled.mappings.filter((m) => !m.generated).length,
        issues,
      };
      if (out.json) out.data(summary);
      else {
        const p = paint(out);
        for (const issue of issues) out.out(`${p.red('✗')} ${formatIssue(issue)}`);
        const fws = summary.frameworks.map((f) => `${f.id} (${f.controls})`).join(', ');
        out.out(
          issues.length === 0
            ? `${p.green('✓')} catalog is valid: ${fileCount} files, ${summary.mappings} mapping sets; ${fws}`
            : p.red(`${issues.length} problem(s) in ${dir}`),
        );
      }
      if (issues.length > 0) ctx.exitCode = EXIT.findings;
    });
