import { CatalogSearch, NimbusError } from '@nimbus/core';
import type { Command } from 'commander';
import type { CommandContext } from '../../context.js';
import { paint } from '../../output.js';
import { cell } from '../../render/labels.js';
import { jsonOption } from './options.js';

export const registerSearch = (catalog: Command, ctx: CommandContext) =>
  catalog
    .command('search')
    .description('ranked full-text search over ids, titles, guidance and keywords')
    .argument('<text...>', 'words to look for, e.g. incident or "tenant isolation"')
    .option('-f, --framework <id...>', 'frameworks to search (default: iso27017:2015)')
    .option('-n, --limit <n>', 'at most this many results', '15')
    .addOption(jsonOption())
    .action((words: string[], opts: { framework?: string[]; limit: string; json?: boolean }) => {
      const out = ctx.output(opts.json);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
        throw new NimbusError(
          'INVALID_ARGUMENT',
          `--limit must be a whole number from 1 to 500, not "${opts.limit}"`,
        );
      }
      const cat = ctx.catalog();
      const frameworks = (opts.framework ?? ['iso27017:2015']).map((f) => cat.framework(f).id);
      const query = words.join(' ');
      const hits = new CatalogSearch(cat, frameworks).search(query, limit);
      if (out.json) {
        out.data({
          query,
          frameworks,
          hits: hits.map((h) => ({
            framework: h.framework,
            id: h.control.id,
            title: h.control.title ?? null,
            score: Number(h.score.toFixed(3)),
            matched: h.matched,
          })),
        });
        return;
      }
      const p = paint(out);
      if (hits.length === 0) {
        out.out(`No control matches "${query}". Try fewer or broader words, or another --framework.`);
        return;
      }
      const multi = frameworks.length > 1;
      for (const [i, h] of hits.entries()) {
        const where = multi ? p.dim(` [${h.framework}]`) : '';
        const fields = p.dim(`(${Object.keys(h.matched).join(', ')})`);
        out.out(
          `${String(i + 1).padStart(2)}. ${p.bold(cell(h.control.id, 11))} ${h.control.title ?? ''}${where} ${fields}`,
        );
      }
      out.out(p.dim(`\n${hits.length} result(s). Open one with: nimbus catalog show <id>`));
    });
