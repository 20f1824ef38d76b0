import { describe, expect, it } from 'vitest';
import { syntaxErrorOffset } from './json-syntax.js';

describe('syntaxErrorOffset', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const good of [
      '{}',
      '[]',
      ' { "a" : [ 1 , -2.5e3 , true , false , null , "x\\n\\u00e9" , { } , [ ] ] } ',
      '"s"',
      '0',
      '[[[{"a": {"b": []}}]]]',
      '"a\\\\x \\" \\/"',
    ]) {
      expect(() => JSON.parse(good)).not.toThrow();
      expect([good, syntaxErrorOffset(good)]).toEqual([good, -1]);
    }
  });

  it('points at the first character that breaks JSON', () => {
    const cases: [string, number][] = [
      ['[1, 2,]', 6],
      ['{"a": tru}', 6],
      ['{"a" 1}', 5],
      ['{"a": 1,}', 8],
      ['[1 2]', 3],
      ['{"a": 01}', 7],
      ['{a: 1}', 1],
      ['{"a": "x\ny"}', 6],
      ['[1]]', 3],
      ['[1', 2],
      ['["\\x"]', 1],
      ['["\\u12G4"]', 1],
      ['', 0],
    ];
    for (const [bad, offset] of cases) {
      expect(() => JSON.parse(bad)).toThrow();
      expect([bad, syntaxErrorOffset(bad)]).toEqual([bad, offset]);
    }
  });

  it('reads only the given range, and handles deep nesting without recursion', () => {
    expect(syntaxErrorOffset('xx[1]yy', 2, 5)).toBe(-1);
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    expect(syntaxErrorOffset(deep)).toBe(deep.length);
  });
});
