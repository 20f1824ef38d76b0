import { describe, expect, it } from 'vitest';
import { nameList } from './name-list.js';

describe('nameList', () => {
  it('lists few names whole, in plain words, and counts the rest of many', () => {
    expect(nameList([])).toBe('');
    expect(nameList(['a'])).toBe('a');
    expect(nameList(['a', 'b'])).toBe('a and b');
    expect(nameList(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c, d and e');
    expect(nameList(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d, e and 1 more');
    expect(
      nameList(
        Array.from({ length: 3000 }, (_, i) => `log${i}`),
        2,
      ),
    ).toBe('log0, log1 and 2998 more');
  });
});
