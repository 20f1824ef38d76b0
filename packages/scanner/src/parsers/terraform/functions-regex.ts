import { Unknown, unknown } from '../../model/value.js';
import { type Fn, str } from './function-args.js';
import type { TfValue } from './tf-resource.js';
import { failure } from './values.js';

// Terraform's `regex` and `regexall`. Terraform matches with Go's RE2; JavaScript's RegExp shares most of its
// syntax but not all of its meaning (`.` and `\s` match other characters, `\pL` and `[[:alpha:]]` do not
// exist). A pattern is translated when every construct in it means the same in both; anything else is
// Unknown. RE2 never backtracks, RegExp does: a repeated group that itself repeats or alternates could take
// exponential time on a hostile string, so such patterns are Unknown too, and long subjects are not matched.

/** Longest subject string matched. */
const MAX_SUBJECT = 4096;
/**
 * Steps of backtracking allowed for (a fraction of a second): a search with k repetitions over n characters may take
 * n^(k+1) / (k+1)! steps when the repetitions overlap (`[a-z]*[a-z]*x`).
 */
const MAX_STEPS = 2e7;
/** Most matches `regexall` returns. */
const MAX_MATCHES = 10_000;
/** RE2's largest repeat count. */
const MAX_REPEAT = 1000;

interface Pattern {
  readonly re: RegExp;
  readonly unnamed: number;
  readonly named: number;
  /** Repetitions that can take more than one character: each may multiply the time backtracking takes. */
  readonly repeats: number;
}

const notEvaluated = (fn: string, what: string): Unknown =>
  unknown(`${fn}() pattern uses syntax not evaluated here: ${what}`);

/** A printable ASCII punctuation character that RE2 lets a backslash escape. */
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;

const hex = (ch: string): string => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;

interface Group {
  inner: boolean; // holds a quantifier or an alternation
}

/** Translates an RE2 pattern to an equivalent RegExp, or says why it cannot. */
const translate = (pattern: string, fn: string): Pattern | Unknown => {
  let flags = '';
  let rest = pattern;
  const leading = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (leading) {
    const given = leading[1] ?? '';
    if (/[^ims]/.test(given)) return notEvaluated(fn, `the flags (?${given})`);
    flags = given;
    rest = pattern.slice(leading[0].length);
  }
  const fold = flags.includes('i');
  let out = '';
  let unnamed = 0;
  let named = 0;
  let count = 0;
  const groups: Group[] = [{ inner: false }];
  // What a quantifier would apply to: nothing, a plain atom, or a group just closed.
  let last: 'none' | 'atom' | Group = 'none';
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i] as string;
    const current = groups[groups.length - 1] as Group;
    if (ch === '\\') {
      const escaped = escapeAt(rest, i, fn, fold, false);
      if (escaped instanceof Unknown) return escaped;
      out += escaped.text;
      i = escaped.end;
      last = 'atom';
    } else if (ch === '[') {
      const cls = charClass(rest, i, fn, fold);
      if (cls instanceof Unknown) return cls;
      out += cls.text;
      i = cls.end;
      last = 'atom';
    } else if (ch === '(') {
      const after = rest.slice(i);
      const name = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(after);
      let head = '(';
      if (/^\(\?(?:=|!|<=|<!)/.test(after))
        return failure(`${fn}() pattern uses lookaround, which RE2 does not support`);
      if (name) {
        named++;
        head = name[0];
        out += `(?<${name[1]}>`;
      } else if (after.startsWith('(?:')) {
        head = '(?:';
        out += head;
      } else if (after.startsWith('(?')) return notEvaluated(fn, `the group ${after.slice(0, 4)}`);
      else {
        unnamed++;
        out += '(';
      }
      i += head.length - 1;
      groups.push({ inner: false });
      last = 'none';
    } else if (ch === ')') {
      if (groups.length === 1) return failure(`${fn}() pattern has an unmatched ")"`);
      const closed = groups.pop() as Group;
      if (closed.inner) (groups[groups.length - 1] as Group).inner = true;
      out += ')';
      last = closed;
    } else if (ch === '|') {
      current.inner = true;
      out += '|';
      last = 'none';
    } else if (
      ch === '*' ||
      ch === '+' ||
      ch === '?' ||
      (ch === '{' && /^\{\d+(,\d*)?\}/.test(rest.slice(i)))
    ) {
      const q = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest.slice(i)) as RegExpExecArray;
      const [min, max] = [Number(q[1] ?? 0), q[3] ? Number(q[3]) : 0];
      if (min > MAX_REPEAT || max > MAX_REPEAT || (q[3] && max < min))
        return failure(`${fn}() pattern has an invalid repeat count ${q[0]}`);
      if (last === 'none') return failure(`${fn}() pattern has a repetition operator with nothing to repeat`);
      // `?` takes its group at most once, which cannot multiply the ways to match.
      const repeats =
        q[0][0] === '*' || q[0][0] === '+' || (q[2] !== undefined && (!q[3] || max > 1)) || min > 1;
      if (last !== 'atom' && last.inner && repeats)
        return notEvaluated(fn, 'a repeated group that repeats or alternates inside');
      if (repeats) count++;
      current.inner = true;
      out += q[0];
      i += q[0].length - 1;
      last = 'none';
    } else {
      // RE2 reads a `{` or `}` that is no repetition, and a lone `]`, as the character itself.
      if (ch === '.') out += flags.includes('s') ? '[^]' : '[^\\n]';
      else if (ch === '^') out += flags.includes('m') ? '(?<=^|\\n)' : '^';
      else if (ch === '$') out += flags.includes('m') ? '(?=$|\\n)' : '$';
      else out += '{}]'.includes(ch) ? `\\${ch}` : ch;
      last = 'atom';
    }
  }
  if (groups.length > 1) return failure(`${fn}() pattern has an unclosed "("`);
  if (named > 0 && unnamed > 0)
    return failure(`${fn}() pattern cannot mix both named and unnamed capture groups`);
  try {
    return { re: new RegExp(out, `u${fold ? 'i' : ''}`), unnamed, named, repeats: count };
  } catch {
    return notEvaluated(fn, pattern);
  }
};

/** An escape at `pattern[i]` (a backslash), as RegExp text, and the index of its last character. */
const escapeAt = (
  pattern: string,
  i: number,
  fn: string,
  fold: boolean,
  inClass: boolean,
): { text: string; end: number } | Unknown => {
  const next = pattern[i + 1];
  if (next === undefined) return failure(`${fn}() pattern ends with a backslash`);
  const simple = (text: string) => ({ text, end: i + 1 });
  if ('tnrfv'.includes(next)) return simple(`\\${next}`);
  if (next === 'a') return simple('\\x07');
  if (next === 'd' || next === 'D') return simple(`\\${next}`);
  // JavaScript's \w, \b and case folding together also match ſ and the Kelvin sign; RE2's do not.
  if ('wW'.includes(next) && !fold) return simple(`\\${next}`);
  if ('bB'.includes(next) && !fold && !inClass) return simple(`\\${next}`);
  // JavaScript's \s matches all Unicode spaces; RE2's only these.
  if (next === 's') return simple(inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]');
  if (next === 'S' && !inClass) return simple('[^\\t\\n\\f\\r ]');
  if (next === 'A' && !inClass) return simple('(?<![^])');
  if (next === 'z' && !inClass) return simple('(?![^])');
  if (next === 'x') {
    const code = /^\\x(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{2}))/.exec(pattern.slice(i));
    if (!code) return failure(`${fn}() pattern has an invalid \\x escape`);
    const value = Number.parseInt(code[1] ?? code[2] ?? '', 16);
    if (value > 0x10ffff) return failure(`${fn}() pattern has an invalid \\x escape`);
    return { text: `\\u{${value.toString(16)}}`, end: i + code[0].length - 1 };
  }
  if (PUNCTUATION.test(next)) return simple(hex(next));
  return notEvaluated(fn, `the escape \\${next}`);
};

/** A character class starting at `pattern[i]` (a `[`), as RegExp text, and the index of its `]`. */
const charClass = (
  pattern: string,
  i: number,
  fn: string,
  fold: boolean,
): { text: string; end: number } | Unknown => {
  let j = i + 1;
  let text = '[';
  if (pattern[j] === '^') {
    text += '^';
    j++;
  }
  // RE2 reads a `]` first in a class as the character; in JavaScript `[]` is an empty class.
  if (pattern[j] === ']') {
    text += '\\]';
    j++;
  }
  for (; j < pattern.length; j++) {
    const ch = pattern[j] as string;
    if (ch === ']') return { text: `${text}]`, end: j };
    if (ch === '[') {
      if (pattern[j + 1] === ':') return notEvaluated(fn, 'a POSIX class such as [:alpha:]');
      text += '\\[';
    } else if (ch === '\\') {
      const escaped = escapeAt(pattern, j, fn, fold, true);
      if (escaped instanceof Unknown) return escaped;
      text += escaped.text;
      j = escaped.end;
    } else text += ch;
  }
  return failure(`${fn}() pattern has an unclosed "["`);
};

/** The longest subject searched with a pattern of `k` repetitions, within MAX_STEPS. */
const subjectLimit = (k: number): number => {
  let factorial = 1;
  for (let i = 2; i <= k + 1; i++) factorial *= i;
  return Math.min(MAX_SUBJECT, Math.floor((MAX_STEPS * factorial) ** (1 / (k + 1))));
};

const compile = (args: readonly TfValue[], fn: string): { pattern: Pattern; s: string } | Unknown => {
  const source = str(args[0], fn);
  if (source instanceof Unknown) return source;
  const s = str(args[1], fn);
  if (s instanceof Unknown) return s;
  const pattern = translate(source, fn);
  if (pattern instanceof Unknown) return pattern;
  if (s.length > subjectLimit(pattern.repeats))
    return unknown(
      `${fn}() of a string this long is not evaluated with this pattern (it could backtrack too long)`,
    );
  return { pattern, s };
};

/** A match as Terraform gives it: the whole match, a list of unnamed groups, or an object of named groups. */
const result = (match: RegExpExecArray, pattern: Pattern): TfValue => {
  if (pattern.named > 0)
    return Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, v ?? null]));
  if (pattern.unnamed > 0) return match.slice(1).map((v) => v ?? null);
  return match[0];
};

const regex: Fn = (args) => {
  const compiled = compile(args, 'regex');
  if (compiled instanceof Unknown) return compiled;
  const match = compiled.pattern.re.exec(compiled.s);
  return match ? result(match, compiled.pattern) : failure('regex() pattern did not match the string');
};

/** Every match, as Go's FindAll finds them: an empty match right after the previous match does not count. */
const regexall: Fn = (args) => {
  const compiled = compile(args, 'regexall');
  if (compiled instanceof Unknown) return compiled;
  const { pattern, s } = compiled;
  const re = new RegExp(pattern.re.source, `${pattern.re.flags}g`);
  const out: TfValue[] = [];
  let pos = 0;
  let previousEnd = -1;
  while (pos <= s.length) {
    re.lastIndex = pos;
    const match = re.exec(s);
    if (!match) break;
    const end = match.index + match[0].length;
    const accept = !(end === pos && match.index === previousEnd);
    pos = end === pos ? pos + ((s.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1) : end;
    previousEnd = end;
    if (accept) out.push(result(match, pattern));
    if (out.length > MAX_MATCHES) return unknown(`regexall() of more than ${MAX_MATCHES} matches`);
  }
  return out;
};

export const REGEX_FUNCTIONS: Readonly<Record<string, Fn>> = { regex, regexall };
