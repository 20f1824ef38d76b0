// Catalog benchmarks (issue 2): in-process load of the compiled catalog, and `nimbus catalog show` wall time
// against a bare `node -e 0` measured in the same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogSourceDir, checkCatalogDir, compiledCatalogPath } from '../packages/cli/dist/index.js';
import { Catalog, CatalogSearch, restoreCatalog } from '../packages/core/dist/index.js';
import { fmt, median, percentile, time, timeProcess } from './lib.mjs';

export const title = 'Catalog';

export const run = (repo) => {
  const path = compiledCatalogPath();
  const load = time(() => new Catalog(restoreCatalog(JSON.parse(readFileSync(path, 'utf8')))), { runs: 100 });
  const catalog = new Catalog(restoreCatalog(JSON.parse(readFileSync(path, 'utf8'))));
  const compile = time(() => checkCatalogDir(catalogSourceDir()), { runs: 10, warmup: 2 });
  const index = time(() => new CatalogSearch(catalog, ['iso27017:2015']), { runs: 30 });
  const search = new CatalogSearch(catalog, ['iso27017:2015']);
  const query = time(() => search.search('incident response'), { runs: 200 });

  const bin = join(repo, 'packages/cli/bin/nimbus.js');
  const bare = timeProcess(process.execPath, ['-e', '0']);
  const show = timeProcess(process.execPath, [bin, 'catalog', 'show', 'CLD.6.3.1']);
  const searchCli = timeProcess(process.execPath, [bin, 'catalog', 'search', 'incident']);
  const ratio = median(show) / median(bare);
  const loadMs = median(load);

  const rows = [
    [
      'Load compiled catalog in process (read + parse + index)',
      fmt(loadMs),
      fmt(percentile(load, 95)),
      'under 10 ms',
      loadMs < 10 ? 'met' : 'MISSED',
    ],
    [
      'Compile and validate catalog/ from YAML (build, `catalog check`)',
      fmt(median(compile)),
      fmt(percentile(compile, 95)),
      '',
      '',
    ],
    ['Build the search index (121 controls)', fmt(median(index)), fmt(percentile(index, 95)), '', ''],
    ['One search query', fmt(median(query)), fmt(percentile(query, 95)), '', ''],
    ['`node -e 0` (baseline, whole process)', fmt(median(bare)), fmt(percentile(bare, 95)), '', ''],
    [
      '`nimbus catalog show CLD.6.3.1` (whole process)',
      fmt(median(show)),
      fmt(percentile(show, 95)),
      'within 3x of baseline',
      `${ratio.toFixed(2)}x ${ratio <= 3 ? 'met' : 'MISSED'}`,
    ],
    [
      '`nimbus catalog search incident` (whole process)',
      fmt(median(searchCli)),
      fmt(percentile(searchCli, 95)),
      '',
      `${(median(searchCli) / median(bare)).toFixed(2)}x`,
    ],
  ];
  const table = [
    '| measure | median | p95 | target | result |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return { table: table.join('\n'), ok: loadMs < 10 && ratio <= 3 };
};
