import type { Command } from 'commander';
import type { CommandContext } from '../../context.js';
import { paint } from '../../output.js';
import { jsonOption } from './options.js';

export const registerMap = (catalog: Command, ctx: CommandContext) =>
  catalog
    .command('map')
    .description('the controls of another framework that correspond to a control')
    .argument('<id>', 'control id in the --from framework')
    .requiredOption('--from <framework>', 'framework of the control, e.g. iso27017:2015')
    .requiredOption('--to <framework>', 'framework to map to, e.g. iso27002:2022')
    .addOption(jsonOption())
    .action((id: string, opts: { from: string; to: string; json?: boolean }) => {
      const out = ctx.output(opts.json);
      const cat = ctx.catalog();
      const from = cat.framework(opts.from);
      const to = cat.framework(opts.to);
      const control = cat.control(id, from.id);
      const links = cat.map(control.id, from.id, to.id).map((l) => ({
        ...l,
        title: cat.findControl(l.control, to.id)?.title ?? null,
      }));
      if (out.json) {
        out.data({
          from: from.id,
          to: to.id,
          control: control.id,
          title: control.title ?? null,
          mappings: links,
        });
        return;
      }
      const p = paint(out);
      out.out(`${p.bold(control.id)} ${control.title ?? ''} ${p.dim(`(${from.id})`)} → ${p.bold(to.id)}`);
      if (links.length === 0) {
        out.out(`  No control of ${to.id} corresponds to ${control.id}.`);
        return;
      }
      for (const l of links) {
        const prov = l.provenance === 'published' ? p.green('published') : p.yellow('derived');
        out.out(
          `  ${p.bold(l.control.padEnd(10))} ${(l.title ?? '').padEnd(50)} ${l.relation.padEnd(15)} ${prov}${l.via ? p.dim(` via ${l.via}`) : ''}`,
        );
      }
      const sources = [...new Set(links.map((l) => l.reference))];
      out.out(p.dim(sources.map((s) => `  source: ${s}`).join('\n')));
    });
