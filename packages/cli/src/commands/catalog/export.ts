import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  controlTable,
  type ExportContext,
  NimbusError,
  toCsv,
  toMarkdown,
  toOscalCatalog,
  toOscalMappingCollection,
} from '@nimbus/core';
import { tableToXlsx } from '@nimbus/reports';
import { type Command, Option } from 'commander';
import type { CommandContext } from '../../context.js';
import { VERSION } from '../../version.js';
import { frameworkOption, jsonOption } from './options.js';

const FORMATS = ['oscal', 'oscal-mapping', 'csv', 'xlsx', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions {
  framework: string;
  format: Format;
  output?: string;
  mapTo: string[];
  json?: boolean;
}

export const registerExport = (catalog: Command, ctx: CommandContext) =>
  catalog
    .command('export')
    .description('export a framework as OSCAL catalog, OSCAL mapping collection, CSV, XLSX, Markdown or JSON')
    .addOption(frameworkOption())
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]).makeOptionMandatory())
    .option('-o, --output <file>', 'write to this file (default: standard output; required for xlsx)')
    .option('--map-to <framework...>', 'tabular formats: add a column of corresponding controls', [
      'iso27002:2022',
    ])
    .addOption(jsonOption())
    .action(async (opts: ExportOptions) => {
      if (opts.json && !opts.output) {
        throw new NimbusError(
          'INVALID_ARGUMENT',
          '--json describes the file written with -o: give -o <file>',
        );
      }
      const cat = ctx.catalog();
      const fw = cat.framework(opts.framework);
      // Loaded on demand: building the command tree loads no scanner code (ADR-0002). The scanner holds
      // Nimbus's one UUIDv5, which needs node:crypto and so cannot live in @nimbus/core.
      const { uuidV5 } = await import('@nimbus/scanner');
      const exportCtx: ExportContext = {
        uuid: (seed) => uuidV5(seed),
        now: new Date().toISOString(),
        version: VERSION,
      };
      const mapTo = opts.mapTo.filter((id) => cat.framework(id).id !== fw.id);
      let body: string | Buffer;
      switch (opts.format) {
        case 'oscal':
          body = `${JSON.stringify(toOscalCatalog(fw, exportCtx), null, 2)}\n`;
          break;
        case 'oscal-mapping': {
          if (!cat.compiled.mappings.some((m) => m.source === fw.id || m.target === fw.id)) {
            throw new NimbusError('EXPORT_FORMAT_UNSUPPORTED', `${fw.id} has no mappings to export`);
          }
          body = `${JSON.stringify(toOscalMappingCollection(cat.compiled, fw.id, exportCtx), null, 2)}\n`;
          break;
        }
        case 'csv':
          body = toCsv(controlTable(cat, fw.id, { mapTo }));
          break;
        case 'md':
          body = toMarkdown(cat, fw.id);
          break;
        case 'json':
          body = `${JSON.stringify(fw, null, 2)}\n`;
          break;
        case 'xlsx': {
          if (!opts.output) {
            throw new NimbusError(
              'INVALID_ARGUMENT',
              'xlsx is a binary format: give a file with -o, e.g. -o controls.xlsx',
            );
          }
          body = await tableToXlsx(controlTable(cat, fw.id, { mapTo }), {
            sheetName: 'Controls',
            about: [
              ['Framework', `${fw.name}: ${fw.title}`],
              ['Framework id', fw.id],
              ['Controls', String(fw.controls.length)],
              ['Exported', exportCtx.now],
              ['Exported by', `Nimbus ${VERSION}`],
              [
                'Note',
                'Ids and titles are facts of the standard. All guidance was written by the Nimbus authors.',
              ],
            ],
          });
          break;
        }
      }
      if (opts.output) {
        const path = resolve(ctx.cwd, opts.output);
        writeFileSync(path, body);
        const summary = { format: opts.format, framework: fw.id, controls: fw.controls.length, file: path };
        if (opts.json) ctx.output(true).data({ ...summary, bytes: Buffer.byteLength(body) });
        else
          ctx.streams.stderr.write(
            `wrote ${opts.format} of ${fw.id} (${fw.controls.length} controls) to ${path}\n`,
          );
      } else {
        ctx.streams.stdout.write(body);
      }
    });
