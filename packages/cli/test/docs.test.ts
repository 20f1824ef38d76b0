import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, type ErrorCode } from '@nimbus/core';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { exitCodeFor } from '../src/exit-codes.js';
import { buildProgram } from '../src/program.js';
import { VERSION } from '../src/version.js';
import { REPO } from './run-cli.js';

const read = (path: string) => readFileSync(join(REPO, path), 'utf8');

describe('documentation stays in sync with the code', () => {
  it('lists every error code with its exit code in docs/reference/errors.md', () => {
    const rows = [
      ...read('docs/reference/errors.md').matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*\d{3}\s*\|\s*(\d)\s*\|/gm),
    ].map((m) => [m[1], Number(m[2])]);
    expect(rows.map((r) => r[0]).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const [code, exit] of rows) expect(exit, code as string).toBe(exitCodeFor(code as ErrorCode));
  });

  it('documents every command in docs/reference/cli.md', () => {
    const doc = read('docs/reference/cli.md');
    const names: string[] = [];
    const walk = (cmd: Command, prefix: string) => {
      for (const sub of cmd.commands) {
        const name = `${prefix} ${sub.name()}`;
        if (sub.commands.length === 0) names.push(name);
        walk(sub, name);
      }
    };
    walk(buildProgram(createContext({ stdout: process.stdout, stderr: process.stderr })), 'nimbus');
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) expect(doc, name).toContain(`## ${name}`);
  });

  it('keeps the version equal to the package versions', () => {
    for (const pkg of ['package.json', 'packages/core/package.json', 'packages/cli/package.json']) {
      expect(JSON.parse(read(pkg)).version, pkg).toBe(VERSION);
    }
  });
});
