// Compiles catalog/ (YAML) into packages/core/dist/catalog.json. Runs after `tsc -b` in `npm run build`.
import { buildCatalogFile, catalogSourceDir, compiledCatalogPath } from '../packages/cli/dist/index.js';
import { formatIssue } from '../packages/core/dist/index.js';

const started = performance.now();
const out = compiledCatalogPath();
const result = buildCatalogFile(catalogSourceDir(), out);
if (result.issues.length > 0) {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error(
    `catalog: ${result.issues.length} problem(s); nothing written. Fix them and run npm run build again.`,
  );
  process.exit(1);
}
const controls = result.catalog.frameworks.reduce((n, f) => n + f.controls.length, 0);
console.log(
  `catalog: ${result.fileCount} files, ${result.catalog.frameworks.length} frameworks, ${controls} controls -> ${out} (${Math.round(performance.now() - started)} ms)`,
);
