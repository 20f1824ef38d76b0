/**
 * Merges two lists that are each sorted by `compare` into one sorted list, in one pass. On ties an item of `a`
 * comes before an item of `b`, as a stable sort of `[...a, ...b]` would put it. A list is returned as it is when
 * the other is empty.
 */
export const mergeSorted = <T>(
  a: readonly T[],
  b: readonly T[],
  compare: (x: T, y: T) => number,
): readonly T[] => {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (compare(y, x) < 0) {
      out[k++] = y;
      j++;
    } else {
      out[k++] = x;
      i++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as T;
  while (j < b.length) out[k++] = b[j++] as T;
  return out;
};
