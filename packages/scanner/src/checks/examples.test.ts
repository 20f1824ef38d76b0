import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkKubernetes } from '../parsers/kubernetes/link.js';
import { parseInput } from '../parsers/parse-input.js';
import { adaptTerraform } from '../parsers/terraform/adapt-terraform.js';
import { isTfFile, loadTerraform, nodeTerraformIo } from '../parsers/terraform/load-module.js';
import { runChecks } from '../runner/run-checks.js';
import type { Check } from './check.js';
import { builtinChecks } from './registry.js';

const CHECKS_DIR = dirname(fileURLToPath(import.meta.url));

const examplesOf = (check: Check) => {
  const dir = join(CHECKS_DIR, check.folder.provider, check.folder.service, check.folder.name, 'examples');
  return readdirSync(dir)
    .filter((name) => /^(good|bad|unknown)(-[a-z0-9-]+)?\.(ya?ml|json|tf|tf\.json)$/.test(name))
    .map((name) => ({
      name,
      kind: name.split(/[-.]/)[0] as 'good' | 'bad' | 'unknown',
      path: join(dir, name),
    }));
};

/** A `.tf` (or `.tf.json`) example is a one-file Terraform module, loaded as `nimbus scan` loads a folder. */
const runTerraform = async (check: Check, path: string) => {
  const dir = dirname(path);
  const loaded = await loadTerraform(dir, nodeTerraformIo(dir), { only: [path] });
  const adapted = adaptTerraform(loaded.resources);
  expect(
    [...loaded.issues, ...adapted.issues].filter((i) => i.level === 'error'),
    'the example parses',
  ).toEqual([]);
  return runChecks(linkKubernetes([...adapted.resources]), [check]).results;
};

const run = async (check: Check, path: string) => {
  if (isTfFile(path)) return runTerraform(check, path);
  const parsed = parseInput(path, readFileSync(path, 'utf8'));
  expect(
    parsed.issues.filter((i) => i.level === 'error'),
    'the example parses',
  ).toEqual([]);
  return runChecks(linkKubernetes(parsed.resources), [check]).results;
};

// One generic test for every check: each bad example must fail, each good example pass, and each unknown
// example (an unresolved value) give `unknown`, never a guess.
describe.each(builtinChecks().map((c) => [c.id, c] as const))('%s', (_, check) => {
  const examples = examplesOf(check);

  it('has a good and a bad example', () => {
    expect(examples.map((e) => e.kind)).toEqual(expect.arrayContaining(['good', 'bad']));
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s', async (_, example) => {
    const results = await run(check, example.path);
    const statuses = results.map((r) => r.status);
    expect(statuses, 'the check errs on no resource').not.toContain('error');
    expect(results.length, 'the check evaluates some resource').toBeGreaterThan(0);
    if (example.kind === 'bad') expect(statuses).toContain('fail');
    if (example.kind === 'good') expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
    if (example.kind === 'unknown') {
      expect(statuses).toContain('unknown');
      expect(statuses).not.toContain('fail');
    }
  });
});
