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
  skipValue,
  stringEnd,
  stringValue,
} from './json-text.js';

// One pass over a large JSON text that records where values are, without building them. Objects that are not
// inside an array are indexed key by key (for a snapshot: the envelope, `services`, each service, region and
// resource type); arrays record where each item starts and ends, and their items are read again only when asked
// for (their value, or a line inside them). Costs a few numbers per array item: a 400 MB snapshot indexes into
// about 40 MB.

/** Limits that keep hostile input from exhausting memory: the same depth as the YAML reader. */
export const JSON_INDEX_LIMITS = {
  /** Nesting depth of objects and arrays. */
  maxDepth: 64,
  /** Values in the document (counted from separators); a snapshot of 1M items holds about 20 million. */
  maxNodes: 60_000_000,
} as const;

export interface IndexedEntry {
  readonly keyLine: number;
  readonly value: IndexedValue;
}

/** Where a value's text is: from `start` to just before `end`, beginning on `line`. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

export interface IndexedObject extends Span {
  readonly type: 'object';
  readonly entries: ReadonlyMap<string, IndexedEntry>;
}

/** An array: where each item starts and ends (offsets, lines). */
export interface IndexedArray extends Span {
  readonly type: 'array';
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly lines: readonly number[];
  readonly endLines: readonly number[];
  /** Object keys written in each item, repeated ones included (see json-duplicates.ts). */
  readonly keys: readonly number[];
}

export interface IndexedScalar extends Span {
  readonly type: 'scalar';
}

export type IndexedValue = IndexedObject | IndexedArray | IndexedScalar;

export type JsonIndex =
  | { readonly root: IndexedValue; readonly nodes: number }
  | {
      /** What is wrong, in our words; for malformed text, JSON.parse says it better (`syntax`). */
      readonly problem: string;
      readonly line: number;
      readonly syntax: boolean;
    };

class IndexError extends Error {
  readonly line: number;
  readonly syntax: boolean;
  constructor(message: string, line: number, syntax: boolean) {
    super(message);
    this.line = line;
    this.syntax = syntax;
  }
}

export interface JsonIndexOptions {
  readonly maxDepth?: number;
  readonly maxNodes?: number;
}

/** Indexes a JSON text (see the file comment). Never throws: a problem comes back with its line. */
export const indexJson = (text: string, options: JsonIndexOptions = {}): JsonIndex => {
  const maxDepth = options.maxDepth ?? JSON_INDEX_LIMITS.maxDepth;
  const maxNodes = options.maxNodes ?? JSON_INDEX_LIMITS.maxNodes;
  const c: Cursor = { pos: 0, line: 1 };
  let nodes = 0;
  const malformed = () => new IndexError('malformed JSON', c.line, true);
  const count = (n: number) => {
    nodes += n;
    if (nodes > maxNodes) throw new IndexError(`document has more than ${maxNodes} values`, c.line, false);
  };
  const tooDeep = (line: number) =>
    new IndexError(`document is nested deeper than ${maxDepth} levels`, line, false);

  const array = (depth: number): IndexedArray => {
    const { line, pos: start } = c;
    const starts: number[] = [];
    const ends: number[] = [];
    const lines: number[] = [];
    const endLines: number[] = [];
    const keys: number[] = [];
    const done = (): IndexedArray => ({
      type: 'array',
      start,
      end: c.pos,
      line,
      starts,
      ends,
      lines,
      endLines,
      keys,
    });
    c.pos++;
    skipSpace(text, c);
    if (text.charCodeAt(c.pos) === CLOSE_BRACKET) {
      c.pos++;
      return done();
    }
    for (;;) {
      starts.push(c.pos);
      lines.push(c.line);
      const startLine = c.line;
      const skipped = skipValue(text, c, maxDepth - depth);
      if (skipped.depth + depth > maxDepth) throw tooDeep(startLine);
      if (skipped.broken) throw malformed();
      count(skipped.nodes);
      ends.push(c.pos);
      endLines.push(c.line);
      keys.push(skipped.keys ?? 0);
      skipSpace(text, c);
      const ch = text.charCodeAt(c.pos);
      c.pos++;
      if (ch === CLOSE_BRACKET) return done();
      if (ch !== COMMA) throw malformed();
      skipSpace(text, c);
    }
  };

  const object = (depth: number): IndexedObject => {
    const { line, pos: start } = c;
    const entries = new Map<string, IndexedEntry>();
    c.pos++;
    skipSpace(text, c);
    if (text.charCodeAt(c.pos) === CLOSE_BRACE) {
      c.pos++;
      return { type: 'object', start, end: c.pos, line, entries };
    }
    for (;;) {
      if (text.charCodeAt(c.pos) !== QUOTE) throw malformed();
      const end = stringEnd(text, c.pos);
      if (end < 0) throw malformed();
      const key = stringValue(text, c.pos, end);
      if (key === undefined) throw malformed();
      const keyLine = c.line;
      c.pos = end;
      skipSpace(text, c);
      if (text.charCodeAt(c.pos) !== COLON) throw malformed();
      c.pos++;
      skipSpace(text, c);
      // JSON.parse keeps the last of repeated keys; the YAML reader refuses them: so does this one.
      if (entries.has(key))
        throw new IndexError(`key "${key}" appears twice in the same object`, keyLine, false);
      entries.set(key, { keyLine, value: value(depth + 1) });
      skipSpace(text, c);
      const ch = text.charCodeAt(c.pos);
      c.pos++;
      if (ch === CLOSE_BRACE) return { type: 'object', start, end: c.pos, line, entries };
      if (ch !== COMMA) throw malformed();
      skipSpace(text, c);
    }
  };

  const value = (depth: number): IndexedValue => {
    if (depth > maxDepth) throw tooDeep(c.line);
    count(1);
    const ch = text.charCodeAt(c.pos);
    if (ch === OPEN_BRACE) return object(depth);
    if (ch === OPEN_BRACKET) return array(depth);
    const { line, pos: start } = c;
    if (skipValue(text, c, 0).broken) throw malformed();
    return { type: 'scalar', start, end: c.pos, line };
  };

  try {
    skipSpace(text, c);
    const root = value(0);
    skipSpace(text, c);
    if (c.pos < text.length) throw malformed();
    return { root, nodes };
  } catch (err) {
    if (err instanceof IndexError) return { problem: err.message, line: err.line, syntax: err.syntax };
    if (err instanceof RangeError)
      return { problem: 'document is nested too deeply', line: c.line, syntax: false };
    throw err;
  }
};
