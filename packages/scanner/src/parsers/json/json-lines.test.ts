import { describe, expect, it } from 'vitest';
import { lineAt, lineIfPresent } from '../snapshot/locate.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { indexJson } from './json-index.js';
import { documentLines, hasPath, type PathKey, valueLines } from './json-lines.js';
import { pathSet } from './json-path-set.js';

/** Every path in a value, and a missing key and index under each container. */
const pathsOf = (value: unknown, prefix: PathKey[] = []): PathKey[][] => {
  const out: PathKey[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...prefix, i]));
    out.push([...prefix, value.length], [...prefix, 'nope']);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
    out.push([...prefix, 'nope', 'deeper'], [...prefix, 0]);
  } else out.push([...prefix, 'under-a-scalar']);
  return out;
};

const lines = (text: string) => {
  const index = indexJson(text);
  if ('problem' in index) throw new Error(index.problem);
  return documentLines(text, index.root);
};

const tree = (text: string) => {
  const node = parseYaml(text).documents[0]?.tree;
  if (!node) throw new Error('no tree');
  return node;
};

const SAMPLES = {
  indented: JSON.stringify(
    {
      a: 1,
      list: [{ x: { y: [true, null] } }, 'two', [3, [4]]],
      nested: { 'key with \\"quote': { deep: 'v' }, empty: {}, none: [] },
    },
    null,
    2,
  ),
  'one item per line': `{
  "services": {
    "ec2": {
      "eu-west-1": {
        "instances": [
          {"InstanceId":"i-1","Tags":[{"Key":"a","Value":"b"}],"MetadataOptions":{"HttpTokens":"required"}},
          {"InstanceId":"i-2"}
        ]
      }
    }
  }
}`,
  'odd layout': '{"a":\n\n  [\n1,\n  {"b"\n:\n"c",\n"d": [ ] }\n],\n"e"\n : {"f": "}{]["}}',
};

describe('JSON lines', () => {
  for (const [name, text] of Object.entries(SAMPLES))
    it(`gives every path the line the YAML reader gives it (${name})`, () => {
      const doc = lines(text);
      const node = tree(text);
      for (const path of pathsOf(JSON.parse(text))) {
        expect([path, doc.lineAt(path)]).toEqual([path, lineAt(node, path)]);
        // (The tree answers nothing for the empty path; no reader asks for it.)
        if (path.length > 0)
          expect([path, doc.lineIfPresent(path)]).toEqual([path, lineIfPresent(node, path)]);
      }
    });

  it('gives the items of a list their own locators, which agree with the document', () => {
    const text = SAMPLES['one item per line'];
    const doc = lines(text);
    const list = ['services', 'ec2', 'eu-west-1', 'instances'];
    const items = doc.items(list);
    if (!items) throw new Error('no items');
    const parsed = JSON.parse(text).services.ec2['eu-west-1'].instances;
    for (const [i, item] of parsed.entries()) {
      // With the item's value, presence comes from the value (the item is on one line); without it, from the text.
      for (const locator of [items(i, item), items(i)])
        for (const path of pathsOf(item)) {
          expect(locator.lineIfPresent(path)).toBe(doc.lineIfPresent([...list, i, ...path]));
          expect(locator.lineAt(path)).toBe(doc.lineAt([...list, i, ...path]));
        }
      expect(items(i, item).oneLine).toBe(true);
    }
    expect(doc.items(['services'])).toBeUndefined();
    expect(doc.items([...list, 0])).toBeUndefined();
    expect(doc.items(['nope'])).toBeUndefined();
  });

  it('reads a value written over several lines from its text', () => {
    const text = '[\n  {\n    "a": {\n      "b": 1\n    }\n  }\n]';
    const locator = valueLines(text, 4, 2, 6, { a: { b: 1 } });
    expect(locator.oneLine).toBe(false);
    expect(locator.lineIfPresent(['a', 'b'])).toBe(4);
    expect(locator.lineIfPresent(['a', 'c'])).toBeUndefined();
    expect(locator.lineAt(['a', 'c'])).toBe(3);
  });

  for (const [name, text] of Object.entries(SAMPLES))
    it(`finds a set of paths in one reading as it finds each path alone (${name})`, () => {
      const start = text.indexOf('{');
      const locator = valueLines(text, start, 1, Number.MAX_SAFE_INTEGER);
      const paths = pathsOf(JSON.parse(text));
      // Repeated paths, and the empty path, which has no line of its own.
      const set = pathSet([...paths, paths[1] ?? [], []]);
      expect(locator.lineOfEach?.(set)).toEqual([
        ...paths.map((path) => (path.length ? locator.lineIfPresent(path) : undefined)),
        paths[1] ? locator.lineIfPresent(paths[1]) : undefined,
        undefined,
      ]);
      // A few paths: the reading stops once they are found.
      const few = paths.filter((path) => path.length > 0).slice(0, 3);
      expect(locator.lineOfEach?.(pathSet(few))).toEqual(few.map((path) => locator.lineIfPresent(path)));
    });

  it('finds the paths before where a value stops being well-formed, and none after', () => {
    const text = '{\n  "a": {\n    "b": 1\n  },\n  "c": [1,\n  "d": 2\n}';
    const locator = valueLines(text, 0, 1, 7);
    const paths = [['a', 'b'], ['a'], ['c', 0], ['d'], ['a', 'x']];
    expect(locator.lineOfEach?.(pathSet(paths))).toEqual([3, 2, 5, undefined, undefined]);
    expect(paths.map((path) => locator.lineIfPresent(path))).toEqual([3, 2, 5, undefined, undefined]);
  });

  it('reads a key written twice at its first place only, as a search from the start finds it', () => {
    const text = '{\n  "a": 1,\n  "a": {\n    "b": 2\n  }\n}';
    const locator = valueLines(text, 0, 1, 6);
    expect(locator.lineIfPresent(['a'])).toBe(2);
    expect(locator.lineIfPresent(['a', 'b'])).toBeUndefined();
    expect(locator.lineAt(['a', 'b'])).toBe(2);
    expect(locator.lineOfEach?.(pathSet([['a', 'b'], ['a']]))).toEqual([undefined, 2]);
  });

  it('matches keys written with escapes as they read', () => {
    const text = '{\n  "Vpc\\u0049d": "vpc-1",\n  "q\\"uote": {\n    "x": 1\n  }\n}';
    const locator = valueLines(text, 0, 1, 6);
    expect(locator.lineOfEach?.(pathSet([['VpcId'], ['q"uote', 'x'], ['Vpc\\u0049d']]))).toEqual([
      2,
      4,
      undefined,
    ]);
  });

  it('checks the presence of a path in a parsed value', () => {
    const value = { a: [{ b: null }], c: 'x' };
    expect(hasPath(value, ['a', 0, 'b'])).toBe(true);
    expect(hasPath(value, ['a', 1])).toBe(false);
    expect(hasPath(value, ['a', 'b'])).toBe(false);
    expect(hasPath(value, ['c', 'length'])).toBe(false);
    expect(hasPath(value, ['constructor'])).toBe(false);
  });
});
