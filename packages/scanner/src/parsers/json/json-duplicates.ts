import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  type Cursor,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  skipSpace,
  skipValue,
  stringEnd,
  stringValue,
} from './json-text.js';

// JSON.parse keeps the last of a repeated key; the YAML reader refuses the file. A hand-made snapshot with two
// `PublicIpAddress` keys in one item would show a reviewer one value and the scan another, so the JSON reader
// refuses it too. The check is cheap: the index counts the keys written in each item (its colons outside
// strings) and the parsed item must hold as many; only when it holds fewer is the text read again, here, to
// name the key and its line.

/** Own keys of every object in a parsed JSON value. */
export const countKeys = (value: unknown): number => {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countKeys(item);
    return n;
  }
  for (const key in value) {
    n++;
    n += countKeys((value as Record<string, unknown>)[key]);
  }
  return n;
};

const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** The first key that an object of the value at the cursor repeats, with its line. */
const repeatedIn = (text: string, c: Cursor): { key: string; line: number } | undefined => {
  const open = text.charCodeAt(c.pos);
  if (open !== OPEN_BRACE && open !== OPEN_BRACKET) {
    skipValue(text, c, NO_LIMIT);
    return undefined;
  }
  const close = open === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
  const seen = new Set<string>();
  c.pos++;
  skipSpace(text, c);
  if (text.charCodeAt(c.pos) === close) {
    c.pos++;
    return undefined;
  }
  for (;;) {
    if (open === OPEN_BRACE) {
      if (text.charCodeAt(c.pos) !== QUOTE) return undefined;
      const end = stringEnd(text, c.pos);
      const key = end < 0 ? undefined : stringValue(text, c.pos, end);
      if (key === undefined) return undefined;
      if (seen.has(key)) return { key, line: c.line };
      seen.add(key);
      c.pos = end;
      skipSpace(text, c);
      c.pos++; // the colon
      skipSpace(text, c);
    }
    const inner = repeatedIn(text, c);
    if (inner) return inner;
    skipSpace(text, c);
    const next = text.charCodeAt(c.pos);
    c.pos++;
    if (next !== COMMA) return undefined;
    skipSpace(text, c);
  }
};

/**
 * Why the parsed value of `text` from `start` (on `line`) must be refused, when its objects hold fewer keys than
 * the `written` ones: the key written twice and where.
 */
export const repeatedKeyProblem = (
  text: string,
  start: number,
  line: number,
  value: unknown,
  written: number,
): { readonly problem: string; readonly line: number } | undefined => {
  if (countKeys(value) === written) return undefined;
  const found = repeatedIn(text, { pos: start, line });
  return found
    ? { problem: `key "${found.key}" appears twice in the same object`, line: found.line }
    : { problem: 'a key appears twice in the same object', line };
};
