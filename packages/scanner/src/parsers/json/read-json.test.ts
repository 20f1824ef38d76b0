import { describe, expect, it } from 'vitest';
import { JsonList, parseJsonSlice } from './json-value.js';
import { readJson } from './read-json.js';

const TEXT = `{
  "name": "x",
  "services": {
    "ec2": {"eu-west-1": {"instances": [
      {"InstanceId": "i-1"},
      {"InstanceId": "i-2", "Tags": []}
    ]}}
  },
  "regions": ["eu-west-1"],
  "__proto__": {"polluted": true}
}`;

describe('readJson', () => {
  it('gives the same value as JSON.parse, with lines', () => {
    const read = readJson(TEXT);
    if ('problem' in read) throw new Error(read.problem);
    expect(read.value).toEqual(JSON.parse(TEXT));
    // `__proto__` stays an own key, as JSON.parse makes it.
    expect(Object.hasOwn(read.value as object, '__proto__')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(read.lines.lineAt(['services', 'ec2', 'eu-west-1', 'instances', 1, 'Tags'])).toBe(6);
  });

  it('leaves the arrays it is told to as lists parsed item by item', () => {
    const read = readJson(TEXT, { lazy: (path) => path.length === 4 && path[0] === 'services' });
    if ('problem' in read) throw new Error(read.problem);
    const list = (read.value as { services: { ec2: { 'eu-west-1': { instances: unknown } } } }).services.ec2[
      'eu-west-1'
    ].instances;
    expect(list).toBeInstanceOf(JsonList);
    const items = list as JsonList;
    expect(items.length).toBe(2);
    expect(items.read(1)).toEqual({ value: { InstanceId: 'i-2', Tags: [] } });
    expect(items.read(2)).toEqual({ value: undefined });
    expect((read.value as { regions: unknown }).regions).toEqual(['eu-west-1']);
  });

  it('locates a syntax error inside a lazy item at its line, when the item is read', () => {
    const text = '{"list": [\n{"a": 1},\n{"a": tru}\n]}';
    const read = readJson(text, { lazy: (path) => path[0] === 'list' });
    if ('problem' in read) throw new Error(read.problem);
    const list = (read.value as { list: JsonList }).list;
    expect(list.read(0)).toEqual({ value: { a: 1 } });
    expect(list.read(1)).toEqual({ problem: expect.stringMatching(/JSON/), line: 3 });
  });

  it('reports malformed JSON with the line JSON.parse points at, and our own limits in our words', () => {
    // V8 names no position here: the line comes from where the text stops being JSON.
    expect(readJson('{\n  "a": 1,\n  "b": [1, 2,]\n}')).toEqual({
      problem: expect.stringMatching(/^Unexpected token '\]', .* is not valid JSON$/),
      line: 3,
    });
    expect(readJson('{\n  "a": 1,\n  "b" 2\n}')).toEqual({
      problem: 'Unexpected number in JSON at position 18',
      line: 3,
    });
    expect(readJson('{"a": 1, "a": 2}')).toEqual({
      problem: 'key "a" appears twice in the same object',
      line: 1,
    });
    expect(readJson('[[[[1]]]]', { maxDepth: 2 })).toMatchObject({
      problem: 'document is nested deeper than 2 levels',
    });
    expect(readJson('')).toMatchObject({ line: 1 });
  });

  it('reads past a byte order mark', () => {
    expect(readJson('\uFEFF{"a": [1]}')).toMatchObject({ value: { a: [1] } });
  });

  it('parses a slice and locates its errors from where the slice starts', () => {
    const text = 'xx\n{"a":\n bad}';
    expect(parseJsonSlice(text, 3, text.length, 2)).toEqual({ problem: expect.any(String), line: 3 });
    expect(parseJsonSlice('[1]')).toEqual({ value: [1] });
  });
});
