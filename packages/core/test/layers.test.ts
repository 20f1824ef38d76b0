import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './repo.js';

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!).filter(Boolean);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });

/** Every module reachable from an entry through relative imports, with the bare packages each one imports. */
const graph = (entry: string) => {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const specs = importsOf(file);
    seen.set(
      file,
      specs.filter((s) => !s.startsWith('.')),
    );
    for (const s of specs.filter((x) => x.startsWith('.')))
      visit(resolve(dirname(file), s.replace(/\.js$/, '.ts')));
  };
  visit(entry);
  return seen;
};

describe('layering', () => {
  const core = join(REPO, 'packages/core/src');

  it('keeps core free of I/O built-ins and of the adapter packages', () => {
    const offenders = sourceFiles(core).flatMap((file) =>
      importsOf(file)
        .filter(
          (s) =>
            /^(node:)?(fs|child_process|net|http|https|dgram|worker_threads)(\/|$)/.test(s) ||
            /^@nimbus\//.test(s),
        )
        .map((s) => `${relative(REPO, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps zod and the YAML parser out of the runtime entry, so commands start fast (ADR-0002)', () => {
    const reached = graph(join(core, 'index.ts'));
    const heavy = [...reached].flatMap(([file, pkgs]) =>
      pkgs.filter((p) => p === 'zod' || p === 'yaml').map((p) => `${relative(REPO, file)} imports ${p}`),
    );
    expect(heavy).toEqual([]);
    expect(reached.size).toBeGreaterThan(10);
  });

  it('keeps the CLI start-up path free of the compiler, zod, yaml and exceljs (loaded on demand)', () => {
    const reached = graph(join(REPO, 'packages/cli/src/main.ts'));
    const heavy = [...reached].flatMap(([file, pkgs]) =>
      pkgs
        .filter((p) => ['zod', 'yaml', 'exceljs', '@nimbus/core/compiler'].includes(p))
        .map((p) => `${relative(REPO, file)} imports ${p}`),
    );
    expect(heavy).toEqual([]);
  });

  it('never reaches into another package by path', () => {
    const offenders = readdirSync(join(REPO, 'packages')).flatMap((pkg) =>
      sourceFiles(join(REPO, 'packages', pkg, 'src')).flatMap((file) =>
        importsOf(file)
          .filter((s) => /^@nimbus\/[^/]+\/(src|dist)\//.test(s) || /\.\.\/\.\.\/\.\.\//.test(s))
          .map((s) => `${relative(REPO, file)} imports ${s}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
