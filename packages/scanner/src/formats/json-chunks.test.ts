import { describe, expect, it } from 'vitest';
import { jsonChunks, LazyList } from './json-chunks.js';

const text = (value: unknown) => [...jsonChunks(value)].join('');
const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('jsonChunks', () => {
  it('writes what JSON.stringify writes, lists made item by item', () => {
    const numbers = [1, 2, 3, 4, 5, 6];
    const made: number[] = [];
    const value = {
      version: 1,
      empty: {},
      none: [],
      skipped: undefined,
      header: { name: 'nimbus', tags: ['a', 'b'], nested: { deep: [{ x: 'line\nbreak "quoted"' }] } },
      results: new LazyList(numbers, (n) => {
        made.push(n);
        return n % 3 === 0 ? undefined : { n, odd: n % 2 === 1, list: [n, { m: n }], text: `é${n}` };
      }),
      lazyEmpty: new LazyList([], () => 1),
      lazyAllSkipped: new LazyList([1, 2], () => undefined),
      arrays: [1, new LazyList(['x'], (s) => ({ s })), [new LazyList([2], (n) => [n, n])], null],
      tail: 'end',
    };
    const written = text(value);
    expect(written).toBe(expected(JSON.parse(JSON.stringify(value))));
    // Made as written, once per write (the JSON.stringify above made them once more).
    expect(made).toEqual([...numbers, ...numbers]);
  });

  it('writes a value without lazy lists in one piece, and lists at the top level', () => {
    expect([...jsonChunks({ a: [1, { b: 2 }] })]).toEqual([
      JSON.stringify({ a: [1, { b: 2 }] }, null, 2),
      '\n',
    ]);
    expect(text(new LazyList(['a', 'b'], (s) => s.toUpperCase()))).toBe(expected(['A', 'B']));
    expect(text('plain')).toBe('"plain"\n');
  });

  it('yields pieces of one item each, so that no piece grows with the list', () => {
    const many = new LazyList(
      Array.from({ length: 10_000 }, (_, i) => i),
      (i) => ({ i }),
    );
    const pieces = [...jsonChunks({ results: many })];
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
    expect(pieces.join('')).toBe(expected({ results: many.toJSON() }));
  });
});
