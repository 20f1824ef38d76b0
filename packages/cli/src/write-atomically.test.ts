import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inBatches, writeAtomically } from './write-atomically.js';

const dir = mkdtempSync(join(tmpdir(), 'nimbus-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('writes every piece, in order', () => {
    const file = join(dir, 'report.json');
    writeAtomically(
      file,
      (function* () {
        for (let i = 0; i < 50_000; i++) yield `${i}\n`;
      })(),
    );
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(50_000);
    expect(lines.at(-1)).toBe('49999');
  });

  it('leaves neither the file nor a temporary file when making the pieces fails, and keeps an older file', () => {
    const file = join(dir, 'kept.json');
    writeAtomically(file, ['old']);
    const failing = function* () {
      yield 'half';
      throw new Error('renderer failed');
    };
    expect(() => writeAtomically(file, failing())).toThrow('renderer failed');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(() => writeAtomically(join(dir, 'missing', 'x.json'), ['a'])).toThrow(/ENOENT/);
  });

  it('batches pieces into writes of about the asked size', () => {
    const batches = [...inBatches(['ab', 'cd', 'ef', 'g'], 4)];
    expect(batches).toEqual(['abcd', 'efg']);
    expect([...inBatches([])]).toEqual([]);
  });
});
