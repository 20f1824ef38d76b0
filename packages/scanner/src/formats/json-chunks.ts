// JSON reports written piece by piece. A scan of a large account holds millions of results: its report as one
// string passes what a JavaScript string can hold (about 512 MB) and, built as one object tree first, several
// times the memory of the results. Here a report is an ordinary object in which the long lists are `LazyList`s:
// their items are made and written one at a time. The text is the same, byte for byte, as
// `JSON.stringify(value, null, 2)` of the object with every list made.

/**
 * A list of a JSON document whose items are made from `source` as they are written; `undefined` leaves one out.
 * Its items are plain JSON values (no lazy list inside): each is written at once, without looking into it.
 */
export class LazyList<T> {
  readonly source: Iterable<T>;
  readonly item: (value: T) => unknown;
  constructor(source: Iterable<T>, item: (value: T) => unknown) {
    this.source = source;
    this.item = item;
  }
  /** The list made whole (tests, and small reports). */
  toJSON(): unknown[] {
    const out: unknown[] = [];
    for (const value of this.source) {
      const made = this.item(value);
      if (made !== undefined) out.push(made);
    }
    return out;
  }
}

const INDENT = '  ';

const hasLazy = (value: unknown): boolean => {
  if (value instanceof LazyList) return true;
  if (typeof value !== 'object' || value === null) return false;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (hasLazy(v)) return true;
  return false;
};

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep. */
const nested = (value: unknown, depth: number): string => {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', `\n${INDENT.repeat(depth)}`);
};

/** A list's items, each written with `item` (plain items at once; the items of a plain array may hold lazy lists). */
function* list(
  items: Iterable<unknown>,
  depth: number,
  item: (value: unknown, depth: number) => Iterable<string>,
): Generator<string> {
  const pad = INDENT.repeat(depth + 1);
  let first = true;
  for (const value of items) {
    yield `${first ? '[' : ','}\n${pad}`;
    yield* item(value === undefined ? null : value, depth + 1);
    first = false;
  }
  yield first ? '[]' : `\n${INDENT.repeat(depth)}]`;
}

const plain = (value: unknown, depth: number): Iterable<string> => [nested(value, depth)];

function* made<T>(lazy: LazyList<T>): Generator<unknown> {
  for (const value of lazy.source) {
    const item = lazy.item(value);
    if (item !== undefined) yield item;
  }
}

function* chunks(value: unknown, depth: number): Generator<string> {
  if (!hasLazy(value)) {
    yield nested(value, depth);
    return;
  }
  if (value instanceof LazyList) {
    yield* list(made(value), depth, plain);
    return;
  }
  if (Array.isArray(value)) {
    yield* list(value, depth, chunks);
    return;
  }
  const pad = INDENT.repeat(depth + 1);
  let first = true;
  for (const [key, v] of Object.entries(value as object)) {
    if (v === undefined || typeof v === 'function') continue;
    yield `${first ? '{' : ','}\n${pad}${JSON.stringify(key)}: `;
    yield* chunks(v, depth + 1);
    first = false;
  }
  yield first ? '{}' : `\n${INDENT.repeat(depth)}}`;
}

/** The text of `value` as `JSON.stringify(value, null, 2)` writes it, then a line end, in pieces. */
export function* jsonChunks(value: unknown): Generator<string> {
  yield* chunks(value, 0);
  yield '\n';
}

/**
 * The list a report document holds: when `lazy`, a LazyList typed as the array it stands for (only `jsonChunks`
 * and `JSON.stringify` read it then: a document builder must not use it as an array); else the array itself.
 */
export const listOf = <T, R>(lazy: boolean, source: Iterable<T>, item: (value: T) => R | undefined): R[] => {
  const list = new LazyList(source, item);
  return (lazy ? list : list.toJSON()) as R[];
};
