import { describe, expect, it } from 'vitest';
import { type IndexedArray, type IndexedObject, indexJson } from './json-index.js';

const indexed = (text: string) => {
  const result = indexJson(text);
  if ('problem' in result) throw new Error(`${result.problem} at line ${result.line}`);
  return result;
};

describe('indexJson', () => {
  it('indexes objects outside arrays key by key, with the line of each key and value spans', () => {
    const text = '{\n  "a": 1,\n  "b": {\n    "c": "x"\n  },\n  "d\\u0041": true\n}';
    const root = indexed(text).root as IndexedObject;
    expect(root).toMatchObject({ type: 'object', line: 1, start: 0, end: text.length });
    expect([...root.entries.keys()]).toEqual(['a', 'b', 'dA']);
    expect(root.entries.get('a')).toMatchObject({ keyLine: 2, value: { type: 'scalar', line: 2 } });
    const b = root.entries.get('b')?.value as IndexedObject;
    expect(b.entries.get('c')?.keyLine).toBe(4);
    expect(text.slice(b.start, b.end)).toBe('{\n    "c": "x"\n  }');
  });

  it('records where each array item starts and ends, without indexing inside it', () => {
    const text = '{"list": [\n  {"a": [1,\n 2]},\n  "s", 3\n]}';
    const list = (indexed(text).root as IndexedObject).entries.get('list')?.value as IndexedArray;
    expect(list.type).toBe('array');
    expect(list.starts.map((s, i) => text.slice(s, list.ends[i]))).toEqual(['{"a": [1,\n 2]}', '"s"', '3']);
    expect(list.lines).toEqual([2, 4, 4]);
    expect(list.endLines).toEqual([3, 4, 4]);
    const empty = indexed('[]').root as IndexedArray;
    expect(empty.starts).toEqual([]);
  });

  it('counts values, so a caller can refuse a document that would not fit in memory', () => {
    expect(indexed('[1, [2, 3], {"a": 4}]').nodes).toBeGreaterThanOrEqual(6);
    expect(indexJson('[1, 2, 3, 4, 5, 6]', { maxNodes: 4 })).toMatchObject({
      problem: 'document has more than 4 values',
      syntax: false,
    });
  });

  it('refuses nesting past the limit, in objects and inside array items, at the line it starts', () => {
    expect(indexJson(`${'{"a":'.repeat(5)}1${'}'.repeat(5)}`, { maxDepth: 3 })).toMatchObject({
      problem: 'document is nested deeper than 3 levels',
      syntax: false,
    });
    expect(indexJson(`{"a": [\n${'['.repeat(10)}${']'.repeat(10)}]}`, { maxDepth: 5 })).toMatchObject({
      problem: 'document is nested deeper than 5 levels',
      line: 2,
    });
  });

  it('refuses a key that appears twice, as the YAML reader does', () => {
    expect(indexJson('{\n"a": 1,\n"a": 2}')).toEqual({
      problem: 'key "a" appears twice in the same object',
      line: 3,
      syntax: false,
    });
  });

  it('reports malformed text as a syntax problem, never throwing', () => {
    for (const bad of [
      '',
      '{',
      '{"a" 1}',
      '{"a": 1,}',
      '[1 2]',
      '{"a": 1} x',
      '{"a": [1, 2}',
      '{a: 1}',
      '"open',
    ])
      expect(indexJson(bad)).toMatchObject({ syntax: true, line: expect.any(Number) });
  });
});
