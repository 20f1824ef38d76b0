import { describe, expect, it } from 'vitest';
import { mergeSorted } from './merge-sorted.js';

const byNumber = (x: number, y: number) => x - y;

describe('mergeSorted', () => {
  it('merges two sorted lists into the order a full sort gives', () => {
    expect(mergeSorted([1, 4, 9], [2, 3, 10, 11], byNumber)).toEqual([1, 2, 3, 4, 9, 10, 11]);
    expect(mergeSorted([5, 6], [1, 2], byNumber)).toEqual([1, 2, 5, 6]);
  });

  it('puts items of the first list first on ties, as a stable sort of both would', () => {
    const a = [
      { k: 1, from: 'a' },
      { k: 2, from: 'a' },
    ];
    const b = [
      { k: 1, from: 'b' },
      { k: 2, from: 'b' },
    ];
    const merged = mergeSorted(a, b, (x, y) => x.k - y.k);
    expect(merged).toEqual([...a, ...b].sort((x, y) => x.k - y.k));
    expect(merged.map((x) => x.from)).toEqual(['a', 'b', 'a', 'b']);
  });

  it('returns the other list itself when one is empty, without copying it', () => {
    const list = [1, 2, 3];
    expect(mergeSorted(list, [], byNumber)).toBe(list);
    expect(mergeSorted([], list, byNumber)).toBe(list);
    expect(mergeSorted([], [], byNumber)).toEqual([]);
  });

  it('agrees with sorting the concatenation on random lists', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % 50;
    };
    for (let round = 0; round < 50; round++) {
      const a = Array.from({ length: next() % 12 }, next).sort(byNumber);
      const b = Array.from({ length: next() % 12 }, next).sort(byNumber);
      expect(mergeSorted(a, b, byNumber)).toEqual([...a, ...b].sort(byNumber));
    }
  });
});
