import { buildControlView, type Party } from '@nimbus/core';
import { type Command, Option } from 'commander';
import type { CommandContext } from '../../context.js';
import { renderControl } from '../../render/control-view.js';
import { frameworkOption, jsonOption } from './options.js';

export const registerShow = (catalog: Command, ctx: CommandContext) =>
  catalog
    .command('show')
    .description('show a control: guidance for each party, evidence, disclosures, ownership and mappings')
    .argument('<id>', 'control id, e.g. CLD.6.3.1 or 12.4.1')
    .addOption(frameworkOption())
    .addOption(
      new Option('-p, --perspective <party>', 'show guidance for one party only').choices(['csp', 'csc']),
    )
    .addOption(jsonOption())
    .action((id: string, opts: { framework: string; perspective?: Party; json?: boolean }) => {
      const out = ctx.output(opts.json);
      const view = buildControlView(ctx.catalog(), id, opts.framework);
      if (out.json) {
        const { guidance, ...control } = view.control;
        const g =
          guidance && opts.perspective
            ? { ...guidance, [opts.perspective === 'csp' ? 'csc' : 'csp']: undefined }
            : guidance;
        out.data({
          framework: view.framework,
          control: { ...control, groups: view.groups, guidance: g ?? null },
          mappings: view.mappings,
          checks: view.checks,
        });
        return;
      }
      out.out(renderControl(view, out, opts.perspective));
    });
