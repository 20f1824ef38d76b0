import { Unknown } from '../../model/value.js';
import { compareText, type Fn, list, map, strings, unknownIn, whole } from './function-args.js';
import type { TfValue } from './tf-resource.js';
import { failure, tfEquals, toBool, toNumber } from './values.js';

// Terraform's list, set and map functions beyond those of functions.ts. Where the result depends on comparing
// elements (sort, the set functions, index, matchkeys), an unknown element leaves the result unknown.

/** Distinct elements; strings sorted, as functions.ts's `toset` gives a set of strings. */
const asSet = (items: readonly TfValue[]): TfValue[] => {
  const out: TfValue[] = [];
  for (const item of items) if (!out.some((seen) => tfEquals(seen, item) === true)) out.push(item);
  return out.every((i) => typeof i === 'string') ? (out as string[]).sort(compareText) : out;
};

const has = (items: readonly TfValue[], value: TfValue): boolean =>
  items.some((item) => tfEquals(item, value) === true);

/** The arguments as lists with no unknown element. */
const knownLists = (args: readonly TfValue[], fn: string): (readonly TfValue[])[] | Unknown => {
  const lists: (readonly TfValue[])[] = [];
  for (const arg of args) {
    const items = list(arg, fn);
    if (items instanceof Unknown) return items;
    lists.push(items);
  }
  return unknownIn(lists) ?? lists;
};

const setFunction =
  (fn: string, combine: (first: readonly TfValue[], others: (readonly TfValue[])[]) => TfValue[]): Fn =>
  (args) => {
    if (args.length === 0) return failure(`${fn}() needs at least one set`);
    const lists = knownLists(args, fn);
    if (lists instanceof Unknown) return lists;
    const [first = [], ...others] = lists;
    return asSet(combine(first, others));
  };

const sort: Fn = ([value]) => {
  const items = list(value, 'sort');
  if (items instanceof Unknown) return items;
  const texts = strings(items, 'sort');
  return texts instanceof Unknown ? texts : texts.sort(compareText);
};

const slice: Fn = ([value, from, to]) => {
  const items = list(value, 'slice');
  if (items instanceof Unknown) return items;
  const start = whole(from, 'slice', 'the start index');
  if (start instanceof Unknown) return start;
  const end = whole(to, 'slice', 'the end index');
  if (end instanceof Unknown) return end;
  if (start < 0) return failure('slice() start index must be >= 0');
  if (end > items.length) return failure('slice() end index must be <= the length of the list');
  if (start > end) return failure('slice() start index must be <= the end index');
  return items.slice(start, end);
};

const coalescelist: Fn = (args) => {
  for (const arg of args) {
    if (arg === null) continue;
    const items = list(arg, 'coalescelist');
    if (items instanceof Unknown) return items;
    if (items.length > 0) return items;
  }
  return failure('coalescelist() has no non-empty list argument');
};

const sum: Fn = ([value]) => {
  const items = list(value, 'sum');
  if (items instanceof Unknown) return items;
  if (items.length === 0) return failure('sum() cannot sum an empty list');
  let total = 0;
  for (const item of items) {
    if (item instanceof Unknown) return unknownIn([item]) ?? item;
    const n = item === null ? failure('sum() of a list with a null element') : toNumber(item);
    if (n instanceof Unknown) return failure('sum() expects a list of numbers');
    total += n;
  }
  return total;
};

const index: Fn = ([value, wanted = null]) => {
  const items = list(value, 'index');
  if (items instanceof Unknown) return items;
  for (const [i, item] of items.entries()) {
    const same = tfEquals(item, wanted);
    // An unknown element before the first match might be the match: the index is unknown.
    if (same instanceof Unknown) return unknownIn([item, wanted]) ?? same;
    if (same) return i;
  }
  return failure('index() found no such item in the list');
};

/** alltrue and anytrue, as Terraform: null counts as false; an unknown element decides unless a known one does. */
const alltrue: Fn = ([value]) => {
  const items = list(value, 'alltrue');
  if (items instanceof Unknown) return items;
  for (const item of items) {
    if (item === null) return false;
    const b = toBool(item);
    if (b instanceof Unknown)
      return item instanceof Unknown ? b : failure('alltrue() expects a list of bools');
    if (!b) return false;
  }
  return true;
};

const anytrue: Fn = ([value]) => {
  const items = list(value, 'anytrue');
  if (items instanceof Unknown) return items;
  let pending: Unknown | undefined;
  for (const item of items) {
    if (item === null) continue;
    const b = toBool(item);
    if (b instanceof Unknown) {
      if (!(item instanceof Unknown)) return failure('anytrue() expects a list of bools');
      pending ??= b;
    } else if (b) return true;
  }
  return pending ?? false;
};

const chunklist: Fn = ([value, count]) => {
  const items = list(value, 'chunklist');
  if (items instanceof Unknown) return items;
  const size = whole(count, 'chunklist', 'the size');
  if (size instanceof Unknown) return size;
  if (size < 0) return failure('chunklist() size must not be negative');
  if (items.length === 0) return [];
  if (size === 0) return [items];
  const out: TfValue[] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** `transpose({a = ["1", "2"], b = ["2"]})` is `{"1" = ["a"], "2" = ["a", "b"]}`: keys taken in sorted order. */
const transpose: Fn = ([value]) => {
  const input = map(value, 'transpose');
  if (input instanceof Unknown) return input;
  const out = new Map<string, string[]>();
  for (const key of Object.keys(input).sort(compareText)) {
    const items = list(input[key], 'transpose');
    if (items instanceof Unknown) return items;
    const texts = strings(items, 'transpose');
    if (texts instanceof Unknown) return texts;
    for (const text of texts) out.set(text, [...(out.get(text) ?? []), key]);
  }
  return Object.fromEntries(out);
};

const matchkeys: Fn = ([values, keys, searchset]) => {
  const lists = knownLists([keys ?? null, searchset ?? null], 'matchkeys');
  if (lists instanceof Unknown) return lists;
  const items = list(values, 'matchkeys');
  if (items instanceof Unknown) return items;
  const [names = [], wanted = []] = lists;
  if (names.length !== items.length) return failure('matchkeys() needs as many keys as values');
  return items.filter((_, i) => has(wanted, names[i] ?? null));
};

export const COLLECTION_FUNCTIONS: Readonly<Record<string, Fn>> = {
  sort,
  reverse: ([value]) => {
    const items = list(value, 'reverse');
    return items instanceof Unknown ? items : [...items].reverse();
  },
  slice,
  setunion: setFunction('setunion', (first, others) => [...first, ...others.flat()]),
  setintersection: setFunction('setintersection', (first, others) =>
    first.filter((item) => others.every((other) => has(other, item))),
  ),
  setsubtract: ([a, b]) =>
    setFunction('setsubtract', (first, [other = []]) => first.filter((item) => !has(other, item)))([
      a ?? null,
      b ?? null,
    ]),
  coalescelist,
  sum,
  index,
  alltrue,
  anytrue,
  chunklist,
  transpose,
  matchkeys,
};
