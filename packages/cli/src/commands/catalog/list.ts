import {
  CONTROL_KINDS,
  type ControlFilter,
  NimbusError,
  type Ownership,
  type ServiceModel,
} from '@nimbus/core';
import { type Command, Option } from 'commander';
import type { CommandContext } from '../../context.js';
import { paint } from '../../output.js';
import { cell } from '../../render/labels.js';
import { frameworkOption, jsonOption, ownerOption, serviceModelOption } from './options.js';

interface ListOptions {
  framework: string;
  kind?: ControlFilter['kind'];
  guidance?: ControlFilter['guidance'];
  serviceModel?: ServiceModel;
  owner?: Ownership;
  json?: boolean;
}

export const registerList = (catalog: Command, ctx: CommandContext) =>
  catalog
    .command('list')
    .description('list the controls of a framework, optionally filtered')
    .addOption(frameworkOption())
    .addOption(new Option('--kind <kind>', 'only controls of this kind').choices([...CONTROL_KINDS]))
    .addOption(
      new Option('--guidance <party>', 'only controls whose cloud guidance addresses this party').choices([
        'csp',
        'csc',
        'both',
      ]),
    )
    .addOption(serviceModelOption())
    .addOption(ownerOption())
    .addOption(jsonOption())
    .action((opts: ListOptions) => {
      const out = ctx.output(opts.json);
      const cat = ctx.catalog();
      if (opts.owner && !opts.serviceModel) {
        throw new NimbusError(
          'INVALID_ARGUMENT',
          '--owner needs --service-model (the owner differs per model)',
        );
      }
      const fw = cat.framework(opts.framework);
      const filter: ControlFilter = {
        ...(opts.kind ? { kind: opts.kind } : {}),
        ...(opts.guidance ? { guidance: opts.guidance } : {}),
        ...(opts.serviceModel ? { serviceModel: opts.serviceModel } : {}),
        ...(opts.owner ? { owner: opts.owner } : {}),
      };
      const controls = cat.list(fw.id, filter);
      if (out.json) {
        out.data({
          framework: fw.id,
          count: controls.length,
          controls: controls.map((c) => ({
            id: c.id,
            title: c.title ?? null,
            kind: c.kind,
            audience: c.audience ?? null,
            verification: c.verification,
            ownership: c.guidance?.ownership ?? null,
          })),
        });
        return;
      }
      const p = paint(out);
      const model = opts.serviceModel;
      const titleWidth = Math.max(
        20,
        out.width - (fw.controls.some((c) => c.audience) ? 50 : 24) - (model ? 14 : 0),
      );
      const header = [cell('ID', 12), cell('TITLE', titleWidth)];
      if (fw.controls.some((c) => c.audience)) header.push(cell('GUIDANCE', 16));
      if (model) header.push(cell(model.toUpperCase(), 13));
      header.push('VERIFIED');
      out.out(p.bold(header.join(' ')));
      for (const c of controls) {
        const row = [cell(c.id, 12), cell(c.title ?? '', titleWidth)];
        if (c.audience) row.push(cell(c.audience, 16));
        if (model) row.push(cell(c.guidance?.ownership[model] ?? '', 13));
        row.push(c.verification === 'confirmed' ? p.green('yes') : p.yellow('unverified'));
        out.out(c.kind === 'cloud-extended' ? p.magenta(row.join(' ')) : row.join(' '));
      }
      out.out(p.dim(`${controls.length} of ${fw.controls.length} controls of ${fw.id}`));
    });
