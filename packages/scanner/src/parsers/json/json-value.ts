import { repeatedKeyProblem } from './json-duplicates.js';
import type { IndexedArray, IndexedValue } from './json-index.js';
import type { PathKey } from './json-lines.js';
import { syntaxErrorOffset } from './json-syntax.js';
import { lineOfOffset } from './json-text.js';

// Plain values of an indexed JSON text, built piece by piece with JSON.parse. Arrays chosen by the caller stay
// lists whose items are parsed one at a time when read: a snapshot's items then never exist all at once as raw
// values, and each dies young once validated, which halves the memory of a large scan and spares the collector.

export type JsonRead = { readonly value: unknown } | { readonly problem: string; readonly line: number };

/** V8 names the offset of a syntax error: `... in JSON at position 1234`. */
const POSITION = /at position (\d+)/;

/**
 * JSON.parse of `text` from `start` to `end` (which begins on `line`). A syntax error comes back with V8's
 * message and the line where the text stops being JSON.
 */
export const parseJsonSlice = (text: string, start = 0, end = text.length, line = 1): JsonRead => {
  try {
    return { value: JSON.parse(start === 0 && end === text.length ? text : text.slice(start, end)) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = POSITION.exec(message)?.[1];
    const offset = position === undefined ? syntaxErrorOffset(text, start, end) : start + Number(position);
    return {
      // V8 quotes the text around the error, line breaks included: keep the message on one line.
      problem: message.replace(/ \(line \d+ column \d+\)$/, '').replace(/\s+/g, ' '),
      line: offset < 0 ? line : lineOfOffset(text, offset, start, line),
    };
  }
};

/** An array whose items are parsed when read, one at a time. */
export class JsonList {
  readonly #text: string;
  readonly #index: IndexedArray;
  constructor(text: string, index: IndexedArray) {
    this.#text = text;
    this.#index = index;
  }
  get length(): number {
    return this.#index.starts.length;
  }
  /** The item at `i`, parsed now; a syntax error inside it comes back located. */
  read(i: number): JsonRead {
    const index = this.#index;
    const start = index.starts[i];
    const end = index.ends[i];
    if (start === undefined || end === undefined) return { value: undefined };
    const line = index.lines[i] ?? index.line;
    const read = parseJsonSlice(this.#text, start, end, line);
    if ('problem' in read) return read;
    return repeatedKeyProblem(this.#text, start, line, read.value, index.keys[i] ?? 0) ?? read;
  }
}

class SliceError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * The plain value of an indexed text: objects from the index, everything else through JSON.parse, except the
 * arrays at paths where `lazy` holds, which become JsonLists.
 */
export const buildJsonValue = (
  text: string,
  root: IndexedValue,
  lazy: (path: readonly PathKey[]) => boolean = () => false,
): JsonRead => {
  const build = (node: IndexedValue, path: PathKey[]): unknown => {
    if (node.type === 'object')
      // fromEntries, like JSON.parse, makes `__proto__` an own key rather than a prototype.
      return Object.fromEntries(
        [...node.entries].map(([key, entry]) => [key, build(entry.value, [...path, key])]),
      );
    if (node.type === 'array' && lazy(path)) return new JsonList(text, node);
    const read = parseJsonSlice(text, node.start, node.end, node.line);
    if ('problem' in read) throw new SliceError(read.problem, read.line);
    if (node.type === 'array') {
      const written = node.keys.reduce((sum, n) => sum + n, 0);
      const repeated = repeatedKeyProblem(text, node.start, node.line, read.value, written);
      if (repeated) throw new SliceError(repeated.problem, repeated.line);
    }
    return read.value;
  };
  try {
    return { value: build(root, []) };
  } catch (err) {
    if (err instanceof SliceError) return { problem: err.message, line: err.line };
    throw err;
  }
};
