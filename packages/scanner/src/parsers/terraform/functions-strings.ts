import { Unknown, unknown } from '../../model/value.js';
import { type Fn, str, whole } from './function-args.js';
import type { TfValue } from './tf-resource.js';
import { failure } from './values.js';

// Terraform's string functions beyond those of functions.ts, with the semantics of their Go implementations
// (cty's stdlib): `title` is Go's strings.Title, `strrev` reverses grapheme clusters, `chomp` removes every
// trailing newline.

/** Longest string `indent()` may build: a typo'd count must not exhaust memory. */
const MAX_TEXT = 1_000_000;

/** strings.Title's word boundary: ASCII punctuation and Unicode spaces separate words, letters and digits not. */
const isSeparator = (ch: string): boolean => {
  if (ch.charCodeAt(0) <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\p{White_Space}/u.test(ch);
};

const title = (s: string): string => {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    if (isSeparator(prev)) {
      const upper = ch.toUpperCase();
      // Go maps one rune to one rune: a letter whose upper case is longer (ß → SS) stays as it is.
      out += [...upper].length === 1 ? upper : ch;
    } else out += ch;
    prev = ch;
  }
  return out;
};

const trimSet = (s: string, cutset: string): string => {
  const cut = new Set(cutset);
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start] ?? '')) start++;
  while (end > start && cut.has(chars[end - 1] ?? '')) end--;
  return chars.slice(start, end).join('');
};

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const strrev = (s: string): string =>
  Array.from(segmenter.segment(s), (part) => part.segment)
    .reverse()
    .join('');

/** A function of a string and a second string argument. */
const withText =
  (fn: string, body: (s: string, other: string) => TfValue): Fn =>
  ([value, second]) => {
    const s = str(value, fn);
    if (s instanceof Unknown) return s;
    const other = str(second, fn);
    return other instanceof Unknown ? other : body(s, other);
  };

const indent: Fn = ([count, value]) => {
  const n = whole(count, 'indent', 'the number of spaces');
  if (n instanceof Unknown) return n;
  const s = str(value, 'indent');
  if (s instanceof Unknown) return s;
  if (n < 0) return failure('indent() cannot indent by a negative number of spaces');
  const lines = s.split('\n').length;
  if (n * lines + s.length > MAX_TEXT) return unknown(`indent() of more than ${MAX_TEXT} characters`);
  return s.replaceAll('\n', `\n${' '.repeat(n)}`);
};

/**
 * `formatlist(spec, args...)`: `format` once per element of the list arguments, which must have one length;
 * other arguments repeat. With no list argument the result is a list of one string, as in Terraform.
 */
const formatList =
  (format: Fn): Fn =>
  ([spec, ...args]) => {
    let length = -1;
    for (const arg of args) {
      if (arg instanceof Unknown) return arg;
      if (!Array.isArray(arg)) continue;
      if (length >= 0 && arg.length !== length)
        return failure('formatlist() argument lists must all have the same length');
      length = arg.length;
    }
    const out: TfValue[] = [];
    for (let i = 0; i < Math.max(length, 1); i++) {
      const row = args.map((arg) => (Array.isArray(arg) ? ((arg as readonly TfValue[])[i] ?? null) : arg));
      const item = format([spec ?? null, ...row]);
      if (item instanceof Unknown) return item;
      out.push(item);
    }
    return out;
  };

/** The string functions; `format` is functions.ts's own, which `formatlist` repeats. */
export const stringFunctions = (format: Fn): Readonly<Record<string, Fn>> => ({
  title: ([value]) => {
    const s = str(value, 'title');
    return s instanceof Unknown ? s : title(s);
  },
  chomp: ([value]) => {
    const s = str(value, 'chomp');
    return s instanceof Unknown ? s : s.replace(/[\r\n]+$/, '');
  },
  strrev: ([value]) => {
    const s = str(value, 'strrev');
    return s instanceof Unknown ? s : strrev(s);
  },
  trim: withText('trim', trimSet),
  trimprefix: withText('trimprefix', (s, prefix) => (s.startsWith(prefix) ? s.slice(prefix.length) : s)),
  trimsuffix: withText('trimsuffix', (s, suffix) =>
    suffix !== '' && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s,
  ),
  indent,
  formatlist: formatList(format),
});
