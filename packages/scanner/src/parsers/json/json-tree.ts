import type { ScalarValue, TreeEntry, TreeNode } from '../yaml/tree.js';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  type Cursor,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  skipSpace,
  stringEnd,
  stringValue,
} from './json-text.js';

// A JSON document as the line-annotated tree the adapters read (yaml/tree.ts), built in one pass over the text
// without the YAML parser, which reads JSON too but builds several objects per value on the way: a Terraform plan
// or a CloudFormation template in JSON reads several times faster and in a fraction of the memory. Strict JSON
// only: a text that is not (a comment, a trailing comma) is refused with its line, and the caller reads it with the
// YAML parser as before, whose messages it keeps. A key written twice is refused here, named with its line, as the
// snapshot reader does.

/** The nesting depth the YAML reader allows, and the same message past it. */
const MAX_DEPTH = 64;

/**
 * Values a document may hold. A plan's values cost about 400 bytes each through a whole scan (its tree, the
 * resources made from it, their results: a 29 MB plan holds 1.4 million): this admits the largest plans read
 * (40 MB) and keeps a scan near 1.2 GB whatever the text (a list of millions of zeros is refused).
 */
export const MAX_JSON_VALUES = 3_000_000;

export type JsonTree =
  | { readonly tree: TreeNode }
  | {
      readonly problem: string;
      readonly line: number;
      /** True when the text is not strict JSON; false when it is but passes a limit. */
      readonly syntax: boolean;
    };

class TreeError extends Error {
  readonly line: number;
  readonly syntax: boolean;
  constructor(message: string, line: number, syntax = false) {
    super(message);
    this.line = line;
    this.syntax = syntax;
  }
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
// Characters JSON forbids unescaped inside a string.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for.
const CONTROL = /[\u0000-\u001f]/;

const isDelimiter = (ch: number) =>
  ch === COMMA ||
  ch === CLOSE_BRACE ||
  ch === CLOSE_BRACKET ||
  ch === 32 ||
  ch === 10 ||
  ch === 13 ||
  ch === 9;

/** Reads a JSON text into a tree; never throws for bad input. */
export const jsonTree = (text: string, maxValues = MAX_JSON_VALUES): JsonTree => {
  const c: Cursor = { pos: text.charCodeAt(0) === 0xfeff ? 1 : 0, line: 1 };
  let values = 0;
  const malformed = () => new TreeError('malformed JSON', c.line, true);

  const string = (): string => {
    const end = stringEnd(text, c.pos);
    if (end < 0) throw malformed();
    const raw = text.slice(c.pos + 1, end - 1);
    if (CONTROL.test(raw)) throw malformed();
    const value = raw.includes('\\') ? stringValue(text, c.pos, end) : raw;
    if (value === undefined) throw malformed();
    c.pos = end;
    return value;
  };

  const scalar = (): ScalarValue => {
    const start = c.pos;
    while (c.pos < text.length && !isDelimiter(text.charCodeAt(c.pos))) c.pos++;
    const word = text.slice(start, c.pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (NUMBER.test(word)) return Number(word);
    throw malformed();
  };

  const value = (depth: number): TreeNode => {
    const line = c.line;
    if (depth > MAX_DEPTH) throw new TreeError(`document is nested deeper than ${MAX_DEPTH} levels`, line);
    if (++values > maxValues) throw new TreeError(`document has more than ${maxValues} values`, line);
    const ch = text.charCodeAt(c.pos);
    if (ch === OPEN_BRACE) return object(depth, line);
    if (ch === OPEN_BRACKET) return array(depth, line);
    return { type: 'scalar', line, value: ch === QUOTE ? string() : scalar() };
  };

  const object = (depth: number, line: number): TreeNode => {
    const entries = new Map<string, TreeEntry>();
    c.pos++;
    skipSpace(text, c);
    if (text.charCodeAt(c.pos) === CLOSE_BRACE) {
      c.pos++;
      return { type: 'map', line, entries };
    }
    for (;;) {
      if (text.charCodeAt(c.pos) !== QUOTE) throw malformed();
      const keyLine = c.line;
      const key = string();
      skipSpace(text, c);
      if (text.charCodeAt(c.pos) !== COLON) throw malformed();
      c.pos++;
      skipSpace(text, c);
      if (entries.has(key)) throw new TreeError(`key "${key}" appears twice in the same object`, keyLine);
      entries.set(key, { keyLine, value: value(depth + 1) });
      skipSpace(text, c);
      const next = text.charCodeAt(c.pos);
      c.pos++;
      if (next === CLOSE_BRACE) return { type: 'map', line, entries };
      if (next !== COMMA) throw malformed();
      skipSpace(text, c);
    }
  };

  const array = (depth: number, line: number): TreeNode => {
    const items: TreeNode[] = [];
    c.pos++;
    skipSpace(text, c);
    if (text.charCodeAt(c.pos) === CLOSE_BRACKET) {
      c.pos++;
      return { type: 'seq', line, items };
    }
    for (;;) {
      items.push(value(depth + 1));
      skipSpace(text, c);
      const next = text.charCodeAt(c.pos);
      c.pos++;
      if (next === CLOSE_BRACKET) return { type: 'seq', line, items };
      if (next !== COMMA) throw malformed();
      skipSpace(text, c);
    }
  };

  try {
    skipSpace(text, c);
    const tree = value(0);
    skipSpace(text, c);
    if (c.pos < text.length) throw malformed();
    return { tree };
  } catch (err) {
    if (err instanceof TreeError) return { problem: err.message, line: err.line, syntax: err.syntax };
    if (err instanceof RangeError)
      return { problem: 'document is nested too deeply', line: c.line, syntax: false };
    throw err;
  }
};
