import { isSpace, stringEnd } from './json-text.js';

// Where a JSON text stops being JSON, for the line of a syntax error: V8 names the offset in some of its
// messages (`at position 12`) but not in others (`Unexpected token ']', ... is not valid JSON`). Used only once
// JSON.parse has failed; iterative, so no nesting can overflow the stack.

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPED = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** True for the inside of a valid string: no raw control characters, only JSON's escapes. */
const validBody = (text: string, from: number, to: number) => {
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p);
    if (code < 0x20) return false;
    if (code !== 0x5c) continue;
    const next = text[++p] ?? '';
    if (next === 'u') {
      if (!HEX4.test(text.slice(p + 1, p + 5))) return false;
      p += 4;
    } else if (!ESCAPED.has(next)) return false;
  }
  return true;
};

type Expect = 'value' | 'key' | 'colon' | 'next';

const skipSpaces = (text: string, pos: number, end: number) => {
  let p = pos;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  return p;
};

/** The offset just past a valid string at `pos`, or -1. */
const stringPast = (text: string, pos: number, end: number) => {
  if (text[pos] !== '"') return -1;
  const close = stringEnd(text, pos);
  return close < 0 || close > end || !validBody(text, pos + 1, close - 1) ? -1 : close;
};

/** The offset just past a number or a literal at `pos`, or -1. */
const scalarPast = (text: string, pos: number) => {
  let past = -1;
  for (const pattern of [NUMBER, LITERAL]) {
    pattern.lastIndex = pos;
    if (pattern.test(text)) past = Math.max(past, pattern.lastIndex);
  }
  return past;
};

/** The offset of the first character that breaks JSON between `start` and `end`, or -1 when there is none. */
export const syntaxErrorOffset = (text: string, start = 0, end = text.length): number => {
  /** The closing bracket each open container expects. */
  const stack: ('}' | ']')[] = [];
  let expect: Expect = 'value';
  /** Just after `{` or `[`, where the container may close at once. */
  let opened = false;
  let pos = start;
  for (;;) {
    pos = skipSpaces(text, pos, end);
    if (pos >= end) return expect === 'next' && stack.length === 0 ? -1 : end;
    const ch = text[pos];
    const close = stack[stack.length - 1];
    if (opened && ch === close) {
      stack.pop();
      pos++;
      opened = false;
      expect = 'next';
      continue;
    }
    opened = false;
    if (expect === 'colon') {
      if (ch !== ':') return pos;
      pos++;
      expect = 'value';
    } else if (expect === 'next') {
      if (close === undefined) return pos;
      if (ch === close) stack.pop();
      else if (ch === ',') expect = close === '}' ? 'key' : 'value';
      else return pos;
      pos++;
    } else if (expect === 'key') {
      const past = stringPast(text, pos, end);
      if (past < 0) return pos;
      pos = past;
      expect = 'colon';
    } else if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? '}' : ']');
      pos++;
      opened = true;
      expect = ch === '{' ? 'key' : 'value';
    } else {
      const past = ch === '"' ? stringPast(text, pos, end) : scalarPast(text, pos);
      if (past < 0 || past > end) return pos;
      pos = past;
      expect = 'next';
    }
  }
};
