import { Unknown, unknown } from '../../model/value.js';
import type { TfObject, TfValue } from './tf-resource.js';
import {
  deepUnknown,
  derived,
  EvalFailure,
  failure,
  isList,
  isObject,
  toNumber,
  toText,
  typeName,
} from './values.js';

// Argument readers shared by the function tables of functions-*.ts. Each gives what Terraform's parameter type
// would accept (numbers and bools convert to strings, numeric strings to numbers), passes an Unknown on, or
// fails naming the function, so `try()` and `can()` see the error Terraform would report.

export type Fn = (args: readonly TfValue[]) => TfValue;

const described = (value: TfValue | undefined): string => `a ${typeName(value ?? null)}`;

export const str = (value: TfValue | undefined, fn: string): string | Unknown => {
  if (value instanceof Unknown) return derived(value);
  const s = toText(value ?? null);
  return s instanceof Unknown ? failure(`${fn}() expects a string, not ${described(value)}`) : s;
};

export const list = (value: TfValue | undefined, fn: string): readonly TfValue[] | Unknown => {
  if (value instanceof Unknown) return derived(value);
  return isList(value) ? value : failure(`${fn}() expects a list, not ${described(value)}`);
};

export const map = (value: TfValue | undefined, fn: string): TfObject | Unknown => {
  if (value instanceof Unknown) return derived(value);
  return isObject(value) ? value : failure(`${fn}() expects a map, not ${described(value)}`);
};

/**
 * A whole number, as Terraform reads an `int` parameter. Beyond 2^53 a JavaScript number is no longer exact
 * where Terraform's arbitrary-precision numbers are, so such a number is unknown rather than wrong.
 */
export const whole = (value: TfValue | undefined, fn: string, what: string): number | Unknown => {
  if (value instanceof Unknown) return derived(value);
  const n = toNumber(value ?? null);
  if (n instanceof Unknown) return failure(`${fn}() ${what} must be a number, not ${described(value)}`);
  if (!Number.isInteger(n)) return failure(`${fn}() ${what} must be a whole number, not ${n}`);
  if (!Number.isSafeInteger(n)) return unknown(`${fn}() ${what} ${n} is too large to evaluate exactly`);
  return n;
};

/** Every element of a list as a string (a `list(string)` parameter): null elements fail, Unknown ones pass on. */
export const strings = (items: readonly TfValue[], fn: string): string[] | Unknown => {
  const out: string[] = [];
  for (const item of items) {
    if (item === null) return failure(`${fn}() does not accept null elements`);
    const s = str(item, fn);
    if (s instanceof Unknown) return s;
    out.push(s);
  }
  return out;
};

/** The first Unknown anywhere in the arguments, carried as a plain Unknown. */
export const unknownIn = (values: readonly TfValue[]): Unknown | undefined => {
  const found = deepUnknown(values);
  return found && (found instanceof EvalFailure ? found : derived(found));
};

/** Go's string order (bytes of UTF-8, so code points), not JavaScript's order of UTF-16 code units. */
export const compareText = (a: string, b: string): number => {
  const end = Math.min(a.length, b.length);
  for (let i = 0; i < end; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    return (a.codePointAt(i) ?? 0) - (b.codePointAt(i) ?? 0);
  }
  return a.length - b.length;
};
