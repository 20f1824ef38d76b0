#!/usr/bin/env node
// npm run new:check -- <provider>/<service>/<check-id> [--kind <resource kind>] [--severity <s>] [--control <id>]
//
// Scaffolds a scanner check: the folder with index.ts and good/bad examples, its entry in the registry, its
// control link in the catalog and its row in the scanner README. Every generated text is marked TODO; the
// registry, examples and catalog tests fail until the check is written, so nothing half-done can ship.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PROVIDERS = { aws: 'aws', azure: 'azure', gcp: 'gcp', kubernetes: 'k8s' };
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
const EXAMPLE_EXT = { aws: 'tf', azure: 'tf', gcp: 'tf', kubernetes: 'yaml' };

const fail = (message) => {
  process.stderr.write(`new:check: ${message}\n`);
  process.exit(2);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' },
    severity: { type: 'string', default: 'medium' },
    control: { type: 'string', default: 'CLD.9.5.2' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length !== 1) {
  process.stdout.write(
    'usage: npm run new:check -- <provider>/<service>/<check-id> [--kind aws.ec2.instance] [--severity medium] [--control CLD.9.5.2]\n' +
      `providers: ${Object.keys(PROVIDERS).join(', ')}; the id starts with ${Object.values(PROVIDERS).join('-, ')}-\n`,
  );
  process.exit(values.help ? 0 : 2);
}
const [provider, service, id, ...rest] = positionals[0].split('/');
if (rest.length || !provider || !service || !id)
  fail('give <provider>/<service>/<check-id>, e.g. aws/ec2/aws-ec2-ebs-default-encryption');
if (!(provider in PROVIDERS))
  fail(`unknown provider "${provider}": use one of ${Object.keys(PROVIDERS).join(', ')}`);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(service))
  fail(`service "${service}": lower-case words joined by hyphens`);
if (!new RegExp(`^${PROVIDERS[provider]}-[a-z0-9]+(-[a-z0-9]+)+$`).test(id))
  fail(`check id "${id}": lower-case words joined by hyphens, starting with "${PROVIDERS[provider]}-"`);
if (!SEVERITIES.includes(values.severity)) fail(`--severity: one of ${SEVERITIES.join(', ')}`);
if (!/^(CLD\.)?\d+(\.\d+)+$/.test(values.control))
  fail(`--control "${values.control}": an ISO/IEC 27017:2015 control id`);

const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const scanner = join(root, 'packages/scanner');
const checks = join(scanner, 'src/checks');
const folder = join(checks, provider, service, id);
if (existsSync(folder)) fail(`${relative(root, folder)} exists already`);
if (!existsSync(join(checks, provider, 'kit.ts')))
  fail(`no kit for provider ${provider} (${relative(root, join(checks, provider, 'kit.ts'))})`);
const kind = values.kind ?? `${provider === 'kubernetes' ? 'k8s' : provider}.${service}.TODO`;
const symbol = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

const index = `import { defineCheck, fail, pass } from '../../kit.js';

// TODO: write the check, then its examples, then remove every TODO (a test fails while one is left).
export const check = defineCheck(import.meta.url, {
  id: '${id}',
  title: 'TODO: what must hold, as a sentence',
  description: 'TODO: what the check reads, what passes, and which default applies when the setting is absent.',
  rationale: 'TODO: the risk a failure leaves open, in our own words.',
  severity: '${values.severity}',
  provider: '${provider}',
  service: '${service}',
  resourceKinds: ['${kind}'],
  remediation: {
    summary: 'TODO: the fix in one sentence.',
    terraform: 'TODO: the fix in Terraform',
    cli: 'TODO: the fix as a command line',
  },
  references: ['TODO: https://docs.example.com/the-setting'],
  evaluate(r) {
    // Known value → pass or fail; Unknown → unresolved(...); absent → the provider's default.
    return r ? fail('TODO: what is wrong, naming the setting') : pass('TODO: what is right');
  },
});
`;
const ext = EXAMPLE_EXT[provider];
const example = (kindOf) =>
  ext === 'tf'
    ? `# TODO: a resource that the check must ${kindOf === 'good' ? 'pass' : 'fail'}\n`
    : `# TODO: a manifest that the check must ${kindOf === 'good' ? 'pass' : 'fail'}\n`;

mkdirSync(join(folder, 'examples'), { recursive: true });
writeFileSync(join(folder, 'index.ts'), index);
writeFileSync(join(folder, 'examples', `good.${ext}`), example('good'));
writeFileSync(join(folder, 'examples', `bad.${ext}`), example('bad'));

// Registry: the import after the last check import, the entry before the end of the list.
const registryPath = join(checks, 'registry.ts');
let registry = readFileSync(registryPath, 'utf8');
// Imports may be wrapped by the formatter; the last one ends with the last `/index.js';`.
const lastImportEnd = registry.lastIndexOf("/index.js';");
const listEnd = registry.indexOf('\n]', registry.indexOf('const BUILTIN'));
if (lastImportEnd < 0 || listEnd < 0)
  fail(`cannot find the check imports and the BUILTIN list in ${relative(root, registryPath)}`);
registry = `${registry.slice(0, listEnd)}\n  ${symbol},${registry.slice(listEnd)}`;
const at = lastImportEnd + "/index.js';".length;
registry = `${registry.slice(0, at)}\nimport { check as ${symbol} } from './${provider}/${service}/${id}/index.js';${registry.slice(at)}`;
writeFileSync(registryPath, registry);

// Catalog link and README row.
const linksPath = join(root, 'catalog/checks/iso27017-2015.yaml');
writeFileSync(
  linksPath,
  `${readFileSync(linksPath, 'utf8').replace(/\n*$/, '\n')}  ${id}:\n    controls: [${values.control}]\n    why: TODO what a pass shows about the control, in our own words.\n`,
);
const readmePath = join(scanner, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const rows = [...readme.matchAll(/^\| `[a-z0-9-]+` +\|.*$/gm)];
if (rows.length) {
  const last = rows.at(-1);
  const end = last.index + last[0].length;
  const row = `| \`${id}\` | TODO title | ${values.severity} | \`${kind}\` | ${values.control} |`;
  writeFileSync(readmePath, `${readme.slice(0, end)}\n${row}${readme.slice(end)}`);
}

process.stdout.write(
  [
    `created ${relative(root, folder)}/ (index.ts, examples/good.${ext}, examples/bad.${ext})`,
    `added ${symbol} to ${relative(root, registryPath)}, a link to ${values.control} in ${relative(root, linksPath)} and a row to ${relative(root, readmePath)}`,
    'next: write evaluate() and the examples, replace every TODO, then run',
    `  npx vitest run packages/scanner/src/checks && node scripts/build-catalog.mjs`,
    '',
  ].join('\n'),
);
