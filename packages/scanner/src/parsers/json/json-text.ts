// Low-level moves over JSON text by character code, with a 1-based line counter. Used to find where values
// start without building them: JSON.parse builds the values, these only locate them. They never throw; a move
// that meets malformed text reports failure and leaves the cursor where it stopped.

export const QUOTE = 34;
export const BACKSLASH = 92;
export const COMMA = 44;
export const COLON = 58;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** A position in the text and the line it is on. */
export interface Cursor {
  pos: number;
  line: number;
}

export const isSpace = (ch: number): boolean => ch === SPACE || ch === LF || ch === CR || ch === TAB;

/** Moves past whitespace, counting the line feeds it crosses. */
export const skipSpace = (text: string, c: Cursor): void => {
  let pos = c.pos;
  let line = c.line;
  for (;;) {
    const ch = text.charCodeAt(pos);
    if (ch === SPACE || ch === CR || ch === TAB) pos++;
    else if (ch === LF) {
      pos++;
      line++;
    } else break;
  }
  c.pos = pos;
  c.line = line;
};

/** The index just past the closing quote of the string that opens at `pos`, or -1 when it is not closed. */
export const stringEnd = (text: string, pos: number): number => {
  let q = pos;
  for (;;) {
    q = text.indexOf('"', q + 1);
    if (q < 0) return -1;
    let slashes = 0;
    for (let b = q - 1; text.charCodeAt(b) === BACKSLASH; b--) slashes++;
    if (slashes % 2 === 0) return q + 1;
  }
};

/** The text of the string between `start` (its opening quote) and `end` (past its closing quote), unescaped. */
export const stringValue = (text: string, start: number, end: number): string | undefined => {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  try {
    const value: unknown = JSON.parse(text.slice(start, end));
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
};

/** What skipping one value met: nested containers and values (for limits), or why it stopped. */
export interface Skipped {
  /** Deepest nesting reached inside the value (0 for a scalar, 1 for a flat container). */
  depth: number;
  /** Values inside the container (approximated by separators and openings), 1 for a scalar. */
  nodes: number;
  /** Object keys inside the value (its colons outside strings), repeated ones included. */
  keys?: number;
  /** Set when the value is malformed or the text ends inside it. */
  broken?: boolean;
}

const isDelimiter = (ch: number) =>
  ch === COMMA || ch === CLOSE_BRACE || ch === CLOSE_BRACKET || isSpace(ch) || Number.isNaN(ch);

/**
 * Moves past the value at the cursor (a string, a scalar or a whole container), counting lines. It checks only
 * what it needs to find the end (quotes and bracket balance); JSON.parse judges the rest. Stops early, broken,
 * when nesting passes `maxDepth`.
 */
export const skipValue = (text: string, c: Cursor, maxDepth: number): Skipped => {
  let pos = c.pos;
  const first = text.charCodeAt(pos);
  if (first === QUOTE) {
    const end = stringEnd(text, pos);
    if (end < 0) return { depth: 0, nodes: 1, broken: true };
    c.pos = end;
    return { depth: 0, nodes: 1 };
  }
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    if (isDelimiter(first)) return { depth: 0, nodes: 1, broken: true };
    while (!isDelimiter(text.charCodeAt(pos))) pos++;
    c.pos = pos;
    return { depth: 0, nodes: 1 };
  }
  let line = c.line;
  let depth = 0;
  let deepest = 0;
  let nodes = 1;
  let keys = 0;
  const length = text.length;
  while (pos < length) {
    const ch = text.charCodeAt(pos);
    if (ch === QUOTE) {
      const end = stringEnd(text, pos);
      if (end < 0) break;
      pos = end;
      continue;
    }
    pos++;
    if (ch === LF) line++;
    else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      nodes++;
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > maxDepth) break;
      }
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
      if (--depth === 0) {
        c.pos = pos;
        c.line = line;
        return { depth: deepest, nodes, keys };
      }
    } else if (ch === COMMA) nodes++;
    else if (ch === COLON) keys++;
  }
  c.pos = pos;
  c.line = line;
  return { depth: deepest, nodes, keys, broken: true };
};

/** The 1-based line of an offset, counting line feeds from a known position and line. */
export const lineOfOffset = (text: string, offset: number, from = 0, fromLine = 1): number => {
  let line = fromLine;
  for (let p = text.indexOf('\n', from); p >= 0 && p < offset; p = text.indexOf('\n', p + 1)) line++;
  return line;
};
