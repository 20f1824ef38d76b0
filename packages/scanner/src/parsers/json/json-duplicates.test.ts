import { describe, expect, it } from 'vitest';
import { countKeys, repeatedKeyProblem } from './json-duplicates.js';
import { readJson } from './read-json.js';

describe('repeated keys', () => {
  it('counts the own keys of every object in a value', () => {
    expect(countKeys({ a: 1, b: { c: [{ d: 1 }, { e: 2, f: 3 }] }, g: [] })).toBe(7);
    expect(countKeys([1, 'x', null])).toBe(0);
    expect(countKeys(JSON.parse('{"__proto__": {"x": 1}}'))).toBe(2);
  });

  it('names the key written twice and its line, at any depth', () => {
    const text = '{\n  "a": 1,\n  "b": [\n    {"c": 1},\n    {"d": {"e": 1,\n "e": 2}}\n  ]\n}';
    expect(repeatedKeyProblem(text, 0, 1, JSON.parse(text), 6)).toEqual({
      problem: 'key "e" appears twice in the same object',
      line: 6,
    });
    expect(repeatedKeyProblem(text, 0, 1, JSON.parse(text), 5)).toBeUndefined();
  });

  it('refuses a lazily read item or a plainly read array that repeats a key', () => {
    const lists = (path: readonly (string | number)[]) => path.length === 1 && path[0] === 'items';
    const text =
      '{\n"items": [\n{"id": 1},\n{"id": 2, "tags": {"k": 1, "k": 2}}\n],\n"errors": [{"x": 1}, {"y": 1, "y": 2}]\n}';
    const read = readJson(text, { lazy: lists });
    expect('problem' in read).toBe(true);
    if ('problem' in read)
      expect(read).toMatchObject({ problem: 'key "y" appears twice in the same object' });
    const lazyOnly = readJson(text.replace('"y": 1, "y": 2', '"y": 1'), { lazy: lists });
    if ('problem' in lazyOnly) throw new Error(lazyOnly.problem);
    const items = (lazyOnly.value as { items: { read(i: number): unknown } }).items;
    expect(items.read(0)).toEqual({ value: { id: 1 } });
    expect(items.read(1)).toEqual({ problem: 'key "k" appears twice in the same object', line: 4 });
  });
});
