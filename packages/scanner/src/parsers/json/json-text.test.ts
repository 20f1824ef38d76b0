import { describe, expect, it } from 'vitest';
import { type Cursor, lineOfOffset, skipSpace, skipValue, stringEnd, stringValue } from './json-text.js';

const at = (pos = 0, line = 1): Cursor => ({ pos, line });

describe('JSON text moves', () => {
  it('skips whitespace and counts the line feeds it crosses', () => {
    const c = at();
    skipSpace(' \t\r\n  \n x', c);
    expect(c).toEqual({ pos: 8, line: 3 });
  });

  it('finds the end of a string past escaped quotes and backslashes', () => {
    expect(stringEnd('"abc" x', 0)).toBe(5);
    expect(stringEnd('"a\\"b" x', 0)).toBe(6);
    expect(stringEnd('"a\\\\" x', 0)).toBe(5);
    expect(stringEnd('"never closed', 0)).toBe(-1);
    expect(stringValue('"plain"', 0, 7)).toBe('plain');
    expect(stringValue('"tab\\t\\u00e9"', 0, 13)).toBe('tab\té');
    expect(stringValue('"bad \\x escape"', 0, 15)).toBeUndefined();
  });

  it('skips a whole container, ignoring brackets inside strings, and counts its lines and values', () => {
    const text = '{"a": [1, "]}", {"b": null}],\n "c": {"d": [[]]}\n} tail';
    const c = at();
    const skipped = skipValue(text, c, 64);
    expect(text.slice(c.pos)).toBe(' tail');
    expect(c.line).toBe(3);
    expect(skipped.depth).toBe(4);
    expect(skipped.broken).toBeUndefined();
    expect(skipped.nodes).toBeGreaterThanOrEqual(6);
  });

  it('skips scalars up to their delimiter', () => {
    const c = at();
    expect(skipValue('-12.5e3, 2', c, 64)).toEqual({ depth: 0, nodes: 1 });
    expect(c.pos).toBe(7);
    const d = at();
    skipValue('true]', d, 64);
    expect(d.pos).toBe(4);
  });

  it('reports broken values instead of running past the end', () => {
    expect(skipValue('[1, 2', at(), 64).broken).toBe(true);
    expect(skipValue('{"a": "open', at(), 64).broken).toBe(true);
    expect(skipValue('', at(), 64).broken).toBe(true);
    expect(skipValue(',', at(), 64).broken).toBe(true);
    // Nesting past the limit stops early.
    const deep = skipValue(`${'['.repeat(10)}${']'.repeat(10)}`, at(), 5);
    expect(deep).toMatchObject({ broken: true, depth: 6 });
  });

  it('gives the line of an offset', () => {
    const text = 'a\nbb\nccc';
    expect(lineOfOffset(text, 0)).toBe(1);
    expect(lineOfOffset(text, 2)).toBe(2);
    expect(lineOfOffset(text, 7)).toBe(3);
    expect(lineOfOffset(text, 7, 5, 3)).toBe(3);
  });
});
