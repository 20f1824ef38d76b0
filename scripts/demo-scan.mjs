#!/usr/bin/env node
// Builds packages/server/src/demo/demo-scan.json, the scan that `nimbus serve --demo` seeds as automated evidence
// of Acme's CSP assessment: the built scanner (packages/scanner/dist) scans examples/acme-platform and rolls the
// results up per control exactly as `nimbus scan --upload` does. The scan time and the source are fixed so that
// the output depends on the example tree and the scanner only; a test regenerates it and compares.
//
//   npm run build && node scripts/demo-scan.mjs            writes the file
//   node scripts/demo-scan.mjs --stdout                    prints it instead
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(REPO, 'packages/server/src/demo/demo-scan.json');
const SCANNED_AT = '2026-11-24T06:00:00Z';
const SOURCE = 'examples/acme-platform (acme/platform@4f2c1e9)';

const { scan, toScanUpload } = await import(pathToFileURL(join(REPO, 'packages/scanner/dist/index.js')).href);
const { version } = JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8'));

const report = await scan({
  paths: ['examples/acme-platform'],
  cwd: REPO,
  now: () => new Date(SCANNED_AT),
  configFile: null,
});
const problems = report.results.filter((r) => r.status === 'error');
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.location.file}:${p.location.line}: ${p.message}`);
  console.error('demo-scan: the example tree has errors; fix them before generating the demo scan');
  process.exit(1);
}
const text = `${JSON.stringify(toScanUpload(report, { source: SOURCE, toolVersion: version }), null, 2)}\n`;
if (process.argv.includes('--stdout')) process.stdout.write(text);
else {
  writeFileSync(OUT, text);
  console.error(`demo-scan: wrote ${relative(REPO, OUT)} (${report.results.length} results)`);
}
