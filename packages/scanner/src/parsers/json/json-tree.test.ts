import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../parse-input.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { jsonTree } from './json-tree.js';

const packageRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Every JSON file of the package's tests and check examples. */
const jsonFiles = (): string[] =>
  ['src', 'test']
    .flatMap((dir) =>
      readdirSync(join(packageRoot, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)),
    )
    .filter((f) => f.endsWith('.json'));

const yamlTree = (text: string) => {
  const parsed = parseYaml(text);
  expect(parsed.issues).toEqual([]);
  return parsed.documents[0]?.tree;
};

const treeOf = (text: string) => {
  const read = jsonTree(text);
  if ('problem' in read) throw new Error(`${read.problem} (line ${read.line})`);
  return read.tree;
};

const SAMPLES: Record<string, string> = {
  scalars:
    '{"s": "x", "n": 12, "f": 1.5, "e": 2.5e3, "neg": -7, "t": true, "no": false, "z": null, "zero": 0}',
  strings: String.raw`{"esc": "a\"b\\c\/d\n\t\u00e9\ud83d\ude00", "yes": "yes", "on": "on", "date": "2024-01-02", "num": "12"}`,
  keys: '{"": 1, "__proto__": {"a": 1}, "constructor": 2, "1": "one", "a b": 3}',
  containers: '{\n  "empty": {},\n  "none": [],\n  "deep": [[[{"x": [1, [2]]}]]]\n}',
  layout: '\ufeff  {"a":\n\n  [\n1,\n  {"b"\n:\n"c",\n"d": [ ] }\n],\r\n"e"\n : {"f": "}{]["}}  \n',
  'top-level list': '[1, "two", {"three": 3}]',
  'top-level scalar': '"just text"',
};

describe('jsonTree', () => {
  it('gives every JSON file of the tests the tree the YAML reader gives it', () => {
    const files = jsonFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(join(packageRoot, file), 'utf8');
      expect([file, treeOf(text)]).toEqual([file, yamlTree(text)]);
    }
  });

  for (const [name, text] of Object.entries(SAMPLES))
    it(`gives the YAML reader's tree (${name})`, () => {
      expect(treeOf(text)).toEqual(yamlTree(text));
    });

  it('reads "<<" as a key like any other, where YAML would merge the map under it', () => {
    const tree = treeOf('{"<<": {"merge": true}, "a": 1}');
    expect(tree.type === 'map' && [...tree.entries.keys()]).toEqual(['<<', 'a']);
  });

  it('refuses what is not strict JSON, with its line, so that the YAML reader can say what is wrong', () => {
    const refused: [string, number][] = [
      ['{"a": 1,}', 1],
      ['{"a": 1}\n// note', 2],
      ['{"a": 01}', 1],
      ['{"a": .5}', 1],
      ['{"a": tru}', 1],
      ["{'a': 1}", 1],
      ['{"a": "line\nbreak"}', 1],
      ['{"a": "\\x41"}', 1],
      ['{"a": [1 2]}', 1],
      ['{"a" 1}', 1],
      ['{"a": 1} {"b": 2}', 1],
      ['{\n"a": 1,\n"a": 2}', 3],
      ['', 1],
      ['{"a": "unterminated}', 1],
    ];
    for (const [text, line] of refused) {
      const read = jsonTree(text);
      expect([text, 'problem' in read ? read.line : 'accepted']).toEqual([text, line]);
    }
  });

  it('makes a key written twice in a JSON template an error naming the key and its line', () => {
    const template =
      '{\n  "Resources": {\n    "Key": {\n      "Type": "AWS::KMS::Key",\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}';
    expect(parseInput('template.json', template).issues).toEqual([
      {
        level: 'error',
        location: { file: 'template.json', line: 5 },
        message: 'cannot parse: key "Type" appears twice in the same object',
      },
    ]);
  });

  it('refuses nesting past the YAML reader limit, with the same words', () => {
    const read = jsonTree(`${'['.repeat(70)}${']'.repeat(70)}`);
    expect(read).toEqual({ problem: 'document is nested deeper than 64 levels', line: 1, syntax: false });
    expect(parseYaml(`${'['.repeat(70)}${']'.repeat(70)}`).issues[0]?.message).toBe(
      'document is nested deeper than 64 levels',
    );
  });

  it('refuses a document of more values than the limit, as a limit rather than bad JSON', () => {
    expect(jsonTree('[0, 0, 0, 0]', 4)).toEqual({
      problem: 'document has more than 4 values',
      line: 1,
      syntax: false,
    });
    expect('tree' in jsonTree('[0, 0, 0]', 4)).toBe(true);
  });
});
