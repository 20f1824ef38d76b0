import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { apiFetch, serverTarget } from '../api-client.js';
import type { CommandContext } from '../context.js';

interface SoaOptions {
  org: string;
  assessment: string;
  numbering: '2015' | '2022';
  format: 'xlsx' | 'csv' | 'json';
  output: string;
  server?: string;
  token?: string;
}

export const registerSoa = (program: Command, ctx: CommandContext) =>
  program
    .command('soa')
    .description('Statement of Applicability')
    .command('export')
    .description('download the Statement of Applicability of an assessment from a running server')
    .requiredOption('--org <orgId>', 'organization id')
    .requiredOption('--assessment <id>', 'assessment id')
    .addOption(
      new Option('--numbering <n>', 'ISO/IEC 27017:2015 or ISO/IEC 27001:2022 Annex A numbering')
        .choices(['2015', '2022'])
        .default('2015'),
    )
    .addOption(
      new Option('--format <format>', 'file format').choices(['xlsx', 'csv', 'json']).default('xlsx'),
    )
    .requiredOption('-o, --output <file>', 'file to write')
    .option('--server <url>', 'server URL (default: NIMBUS_URL)')
    .option('--token <token>', 'API token (default: NIMBUS_TOKEN)')
    .action(async (opts: SoaOptions) => {
      const target = serverTarget(opts);
      const path = `/api/v1/orgs/${encodeURIComponent(opts.org)}/assessments/${encodeURIComponent(opts.assessment)}/soa?numbering=${opts.numbering}&format=${opts.format}`;
      const res = await apiFetch(target, path);
      const file = resolve(ctx.cwd, opts.output);
      const bytes = Buffer.from(await res.arrayBuffer());
      writeFileSync(file, bytes);
      ctx.streams.stderr.write(
        `wrote the ${opts.numbering} SoA (${opts.format}, ${bytes.byteLength} bytes) to ${file}\n`,
      );
    });
