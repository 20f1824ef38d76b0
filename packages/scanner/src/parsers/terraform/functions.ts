import { Unknown, unknown } from '../../model/value.js';
import { type Fn, list, map as object } from './function-args.js';
import { moreFunctions } from './functions-more.js';
import { type TfObject, TfReference, type TfValue } from './tf-resource.js';
import {
  derived,
  EvalFailure,
  failure,
  isList,
  isObject,
  numberText,
  TfJsonText,
  tfEquals,
  toBool,
  toJson,
  toNumber,
  toText,
  typeName,
} from './values.js';

// The Terraform functions the resolver evaluates. Any other function gives Unknown, naming it; functions that
// read files or the outside world (file, templatefile, timestamp, uuid) are among those on purpose.

/** Longest list `range()` may build. */
const MAX_RANGE = 10_000;

const text = (value: TfValue | undefined): string | Unknown => toText(value ?? null);

const sortedKeys = (value: TfObject): string[] => Object.keys(value).sort();

const unique = (items: readonly TfValue[]): TfValue[] => {
  const out: TfValue[] = [];
  for (const item of items) if (!out.some((seen) => tfEquals(seen, item) === true)) out.push(item);
  return out;
};

const flatten = (items: readonly TfValue[], depth: number): TfValue[] | Unknown => {
  if (depth > 32) return unknown('list nested too deeply');
  const out: TfValue[] = [];
  for (const item of items) {
    if (item instanceof Unknown) return derived(item);
    if (!isList(item)) {
      out.push(item);
      continue;
    }
    const inner = flatten(item, depth + 1);
    if (inner instanceof Unknown) return inner;
    out.push(...inner);
  }
  return out;
};

const format = (args: readonly TfValue[]): TfValue => {
  const spec = text(args[0]);
  if (spec instanceof Unknown) return spec;
  let next = 1;
  let out = '';
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const verb = spec[++i];
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (verb !== 's' && verb !== 'd' && verb !== 'v')
      return unknown(`format() verb "%${verb ?? ''}" is not evaluated`);
    if (next >= args.length) return failure('format() has more verbs than arguments');
    const arg = args[next++] ?? null;
    if (verb === 'd') {
      const n = toNumber(arg);
      if (n instanceof Unknown) return n;
      if (!Number.isInteger(n)) return failure(`format() %d needs a whole number, not ${n}`);
      out += numberText(n);
      continue;
    }
    const piece = verb === 'v' && typeof arg === 'object' && arg !== null ? toJson(arg) : text(arg);
    if (piece instanceof Unknown) return piece;
    out += piece;
  }
  return out;
};

const coalesce = (args: readonly TfValue[]): TfValue => {
  for (const arg of args) {
    if (arg instanceof Unknown) return derived(arg);
    if (arg !== null && arg !== '') return arg;
  }
  return failure('coalesce() has no non-null, non-empty argument');
};

const contains = (args: readonly TfValue[]): TfValue => {
  const items = list(args[0], 'contains');
  if (items instanceof Unknown) return items;
  let pending: Unknown | undefined;
  for (const item of items) {
    const same = tfEquals(item, args[1] ?? null);
    if (same === true) return true;
    if (same instanceof Unknown) pending ??= same;
  }
  return pending ?? false;
};

const lookup = (args: readonly TfValue[]): TfValue => {
  const map = object(args[0], 'lookup');
  if (map instanceof Unknown) return map;
  const key = text(args[1]);
  if (key instanceof Unknown) return key;
  if (Object.hasOwn(map, key)) return map[key] ?? null;
  return args.length > 2 ? (args[2] ?? null) : failure(`lookup() found no key "${key}" and has no default`);
};

const merge = (args: readonly TfValue[]): TfValue => {
  const out: Record<string, TfValue> = {};
  for (const arg of args) {
    if (arg === null) continue;
    const map = object(arg, 'merge');
    if (map instanceof Unknown) return map;
    Object.assign(out, map);
  }
  return out;
};

const element = (args: readonly TfValue[]): TfValue => {
  const items = list(args[0], 'element');
  if (items instanceof Unknown) return items;
  const index = toNumber(args[1] ?? null);
  if (index instanceof Unknown) return index;
  if (items.length === 0) return failure('element() of an empty list');
  return items[((Math.trunc(index) % items.length) + items.length) % items.length] ?? null;
};

const range = (args: readonly TfValue[]): TfValue => {
  const numbers = args.map((a) => toNumber(a));
  const bad = numbers.find((n): n is Unknown => n instanceof Unknown);
  if (bad) return bad;
  const [a = 0, b, c] = numbers as number[];
  const [start, limit, step] = b === undefined ? [0, a, 1] : [a, b, c ?? (a <= b ? 1 : -1)];
  if (step === 0) return failure('range() step cannot be zero');
  const count = Math.ceil((limit - start) / step);
  if (count > MAX_RANGE) return unknown(`range() of more than ${MAX_RANGE} numbers`);
  return Array.from({ length: Math.max(0, count) }, (_, i) => start + i * step);
};

const fromJson = (value: unknown, depth: number): TfValue => {
  if (depth > 64) return unknown('JSON nested too deeply');
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) return value.map((v) => fromJson(v, depth + 1));
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromJson(v, depth + 1)]));
  return null;
};

const stringFn =
  (fn: (s: string, rest: readonly TfValue[]) => TfValue): Fn =>
  (args) => {
    const s = text(args[0]);
    return s instanceof Unknown ? s : fn(s, args.slice(1));
  };

const FUNCTIONS: Readonly<Record<string, Fn>> = {
  ...moreFunctions(format),
  lookup,
  merge,
  contains,
  coalesce,
  element,
  format,
  range,
  concat: (args) => {
    const out: TfValue[] = [];
    for (const arg of args) {
      const items = list(arg, 'concat');
      if (items instanceof Unknown) return items;
      out.push(...items);
    }
    return out;
  },
  length: ([value = null]) => {
    if (typeof value === 'string') return [...value].length;
    if (isList(value)) return value.length;
    if (isObject(value)) return Object.keys(value).length;
    return failure(`length() of a ${typeName(value)}`);
  },
  tostring: ([value = null]) => (value === null ? null : text(value)),
  tonumber: ([value = null]) => (value === null ? null : toNumber(value)),
  tobool: ([value = null]) => (value === null ? null : toBool(value)),
  lower: stringFn((s) => s.toLowerCase()),
  upper: stringFn((s) => s.toUpperCase()),
  trimspace: stringFn((s) => s.trim()),
  startswith: stringFn((s, [prefix]) => {
    const p = text(prefix);
    return p instanceof Unknown ? p : s.startsWith(p);
  }),
  endswith: stringFn((s, [suffix]) => {
    const p = text(suffix);
    return p instanceof Unknown ? p : s.endsWith(p);
  }),
  replace: stringFn((s, [search, replacement]) => {
    const from = text(search);
    const to = text(replacement);
    if (from instanceof Unknown) return from;
    if (to instanceof Unknown) return to;
    if (from.length > 1 && from.startsWith('/') && from.endsWith('/'))
      return unknown('replace() with a regular expression is not evaluated');
    return s.split(from).join(to);
  }),
  substr: stringFn((s, [offset, length]) => {
    const start = toNumber(offset ?? 0);
    const count = toNumber(length ?? -1);
    if (start instanceof Unknown) return start;
    if (count instanceof Unknown) return count;
    const chars = [...s];
    const from = start < 0 ? chars.length + start : start;
    return chars.slice(from, count < 0 ? undefined : from + count).join('');
  }),
  split: ([separator, value]) => {
    const sep = text(separator);
    const s = text(value);
    if (sep instanceof Unknown) return sep;
    if (s instanceof Unknown) return s;
    return s === '' ? [''] : s.split(sep);
  },
  join: ([separator, ...lists]) => {
    const sep = text(separator);
    if (sep instanceof Unknown) return sep;
    const parts: string[] = [];
    const all: TfValue[] = [];
    for (const value of lists) {
      const items = list(value, 'join');
      if (items instanceof Unknown) return items;
      all.push(...items);
    }
    // `join("", aws_security_group.this.*.id)` (count 0 or 1) is that id: the reference, kept for links.
    const named = all.filter((item) => item !== '');
    if (named.length === 1 && named[0] instanceof TfReference && (all.length === 1 || sep === ''))
      return named[0];
    for (const item of all) {
      const piece = text(item);
      if (piece instanceof Unknown) return piece;
      parts.push(piece);
    }
    return parts.join(sep);
  },
  toset: ([value]) => {
    const items = list(value, 'toset');
    if (items instanceof Unknown) return items;
    const distinct = unique(items);
    return distinct.every((i) => typeof i === 'string') ? (distinct as string[]).sort() : distinct;
  },
  tolist: ([value]) => list(value, 'tolist'),
  tomap: ([value]) => object(value, 'tomap'),
  distinct: ([value]) => {
    const items = list(value, 'distinct');
    return items instanceof Unknown ? items : unique(items);
  },
  compact: ([value]) => {
    const items = list(value, 'compact');
    return items instanceof Unknown ? items : items.filter((i) => i !== null && i !== '');
  },
  flatten: ([value]) => {
    const items = list(value, 'flatten');
    return items instanceof Unknown ? items : flatten(items, 0);
  },
  keys: ([value]) => {
    const map = object(value, 'keys');
    return map instanceof Unknown ? map : sortedKeys(map);
  },
  values: ([value]) => {
    const map = object(value, 'values');
    return map instanceof Unknown ? map : sortedKeys(map).map((k) => map[k] ?? null);
  },
  zipmap: ([keys, vals]) => {
    const names = list(keys, 'zipmap');
    const items = list(vals, 'zipmap');
    if (names instanceof Unknown) return names;
    if (items instanceof Unknown) return items;
    const out: Record<string, TfValue> = {};
    for (const [i, name] of names.entries()) {
      const key = text(name);
      if (key instanceof Unknown) return key;
      out[key] = items[i] ?? null;
    }
    return out;
  },
  one: ([value]) => {
    const items = list(value, 'one');
    if (items instanceof Unknown) return items;
    return items.length <= 1 ? (items[0] ?? null) : failure('one() of a list with more than one element');
  },
  jsonencode: ([value = null]) => {
    const text = toJson(value);
    // Unknown parts leave the text unknown; the structure stays readable (see TfJsonText).
    const partial = text instanceof Unknown && !(text instanceof EvalFailure);
    return partial && typeof value === 'object' && value !== null ? new TfJsonText(text.reason, value) : text;
  },
  jsondecode: stringFn((s) => {
    try {
      return fromJson(JSON.parse(s), 0);
    } catch {
      return failure('jsondecode() of text that is not JSON');
    }
  }),
  min: (args) => numbers(args, Math.min),
  max: (args) => numbers(args, Math.max),
  abs: (args) => numbers(args, Math.abs),
  ceil: (args) => numbers(args, Math.ceil),
  floor: (args) => numbers(args, Math.floor),
};

function numbers(args: readonly TfValue[], fn: (...n: number[]) => number): TfValue {
  const values: number[] = [];
  for (const arg of args) {
    const n = toNumber(arg);
    if (n instanceof Unknown) return n;
    values.push(n);
  }
  return fn(...values);
}

/** Functions that decide for themselves what an Unknown argument means. */
const SEES_UNKNOWN = new Set(['coalesce']);

/** Calls a Terraform function on evaluated arguments. Unknown arguments give an Unknown result. */
export const callFunction = (name: string, args: readonly TfValue[]): TfValue => {
  const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!fn) return unknown(`function ${name}() is not evaluated`);
  if (!SEES_UNKNOWN.has(name)) {
    const arg = args.find((a): a is Unknown => a instanceof Unknown);
    if (arg) return derived(arg);
  }
  return fn(args);
};
