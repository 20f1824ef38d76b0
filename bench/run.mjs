// `npm run bench`: runs every benchmark suite and writes docs/benchmarks.md with the machine and the date.
// Results are ratios against baselines measured in the same run, never timed unit tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as catalog from './catalog.bench.mjs';
import { machine } from './lib.mjs';
import * as scanner from './scanner.bench.mjs';
import * as server from './server.bench.mjs';
import * as web from './web.bench.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const suites = [catalog, server, web, scanner];
const only = process.argv.slice(2);
const date = new Date().toISOString().slice(0, 10);
const docPath = join(repo, 'docs/benchmarks.md');
let doc = readFileSync(docPath, 'utf8');
let allOk = true;

for (const suite of suites) {
  if (only.length && !only.includes(suite.title.toLowerCase())) continue;
  process.stderr.write(`bench: ${suite.title}...\n`);
  const { table, ok } = await suite.run(repo);
  allOk &&= ok;
  console.log(`\n## ${suite.title}\n\n${table}\n`);
  const section = `<!-- bench:${suite.title} -->\nMeasured ${date} on ${machine()}.\n\n${table}\n<!-- /bench:${suite.title} -->`;
  const re = new RegExp(`<!-- bench:${suite.title} -->[\\s\\S]*?<!-- /bench:${suite.title} -->`);
  doc = re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n## ${suite.title}\n\n${section}\n`;
}
writeFileSync(docPath, doc);
console.log(`\nwrote ${docPath}${allOk ? '' : ' (some targets were missed)'}`);
