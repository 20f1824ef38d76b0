import type { IndexedArray, IndexedValue } from './json-index.js';
import { linesOfPaths, type PathSet, pathSet } from './json-path-set.js';

// Lines of values in an indexed JSON text, by path (`['services', 'ec2', 'eu-west-1', 'instances', 3,
// 'MetadataOptions']`), with the meaning the YAML reader's trees give them: a key's line for an object member,
// the first line of an item for an array element. Inside array items the text is read again on demand; an item
// written on one line answers from its start line at once.

export type PathKey = string | number;

/** Lines under one value of a document. */
export interface LineLocator {
  /** The line the value starts on. */
  readonly line: number;
  /** True when the whole value is written on that one line: every path in it is then on `line`. */
  readonly oneLine: boolean;
  /** The line of the deepest node the path reaches (the path may leave the document early). */
  lineAt(path: readonly PathKey[]): number;
  /** The line of the path when all of it exists, else undefined. */
  lineIfPresent(path: readonly PathKey[]): number | undefined;
  /** `lineIfPresent` of each path of a set, when the reader answers them all in one reading. */
  lineOfEach?(set: PathSet): readonly (number | undefined)[];
}

/**
 * `lineAt` of `count` paths (`pathOf` each) under one locator (the rules of a security group, the entries of a network ACL). A value
 * written over several lines is read once for all of them rather than once per path, which for a group of a
 * thousand rules is the difference between milliseconds and seconds.
 */
export const linesAt = (
  locator: LineLocator,
  count: number,
  pathOf: (index: number) => readonly PathKey[],
): number[] => {
  if (locator.oneLine) return new Array<number>(count).fill(locator.line);
  const paths = Array.from({ length: count }, (_, i) => pathOf(i));
  const found = locator.lineOfEach?.(pathSet(paths));
  return paths.map((path, i) => found?.[i] ?? locator.lineAt(path));
};

export interface JsonDocumentLines extends LineLocator {
  /**
   * The locators of the items of the array at `path` (reached through objects only), by index. `value` is the
   * item as parsed: when given, an item on one line answers presence from it without reading the text again.
   */
  items(path: readonly PathKey[]): ((index: number, value?: unknown) => LineLocator) | undefined;
}

/**
 * Follows a path through the text from a value's start: the line of the deepest part of it that exists (a key's
 * line, an item's first line) and whether all of it does. The path's prefixes are found in one reading.
 */
const follow = (text: string, pos: number, line: number, path: readonly PathKey[]) => {
  const found = linesOfPaths(text, pos, line, pathSet(path.map((_, i) => path.slice(0, i + 1))));
  let reached = line;
  let depth = 0;
  for (const at of found) {
    if (at === undefined) break;
    reached = at;
    depth++;
  }
  return { line: reached, complete: depth === path.length };
};

/** True when the whole path exists in a parsed value. */
export const hasPath = (value: unknown, path: readonly PathKey[]): boolean => {
  let node = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(node) || key < 0 || key >= node.length) return false;
      node = node[key];
    } else {
      if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, key))
        return false;
      node = (node as Record<string, unknown>)[key];
    }
  }
  return true;
};

/**
 * Lines inside one value whose text starts at `pos` on `line` and ends on `endLine`. A class rather than
 * closures: a large snapshot holds one per item.
 */
class ValueLines implements LineLocator {
  readonly line: number;
  readonly #text: string;
  readonly #pos: number;
  readonly #endLine: number;
  readonly #value: unknown;
  constructor(text: string, pos: number, line: number, endLine: number, value: unknown) {
    this.line = line;
    this.#text = text;
    this.#pos = pos;
    this.#endLine = endLine;
    this.#value = value;
  }
  get oneLine(): boolean {
    return this.#endLine === this.line;
  }
  lineAt(path: readonly PathKey[]): number {
    return this.oneLine ? this.line : follow(this.#text, this.#pos, this.line, path).line;
  }
  lineIfPresent(path: readonly PathKey[]): number | undefined {
    if (this.oneLine && this.#value !== undefined) return hasPath(this.#value, path) ? this.line : undefined;
    const found = follow(this.#text, this.#pos, this.line, path);
    return found.complete ? found.line : undefined;
  }
  lineOfEach(set: PathSet): readonly (number | undefined)[] {
    if (this.oneLine && this.#value !== undefined) return set.paths.map((path) => this.lineIfPresent(path));
    return linesOfPaths(this.#text, this.#pos, this.line, set);
  }
}

/**
 * Lines inside one value whose text starts at `pos` on `line` and ends on `endLine`. `value` is the value as
 * parsed: when given, a value on one line answers presence from it without reading the text again.
 */
export const valueLines = (
  text: string,
  pos: number,
  line: number,
  endLine: number,
  value?: unknown,
): LineLocator => new ValueLines(text, pos, line, endLine, value);

const itemLines = (text: string, array: IndexedArray, index: number, value?: unknown) =>
  valueLines(
    text,
    array.starts[index] ?? 0,
    array.lines[index] ?? array.line,
    array.endLines[index] ?? array.line,
    value,
  );

/** Walks the index along a path: the line reached, and the rest of the path when it enters an array item. */
const walk = (text: string, root: IndexedValue, path: readonly PathKey[]) => {
  let node = root;
  let line = root.line;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (node.type === 'object' && typeof key === 'string') {
      const entry = node.entries.get(key);
      if (!entry) return { line, node, complete: false };
      line = entry.keyLine;
      node = entry.value;
    } else if (node.type === 'array' && typeof key === 'number') {
      if (key < 0 || key >= node.starts.length) return { line, node, complete: false };
      return { line, node, complete: true, item: itemLines(text, node, key), rest: path.slice(i + 1) };
    } else return { line, node, complete: false };
  }
  return { line, node, complete: true };
};

/** Lines of a whole document from its index. */
export const documentLines = (text: string, root: IndexedValue): JsonDocumentLines => ({
  line: root.line,
  oneLine: false,
  lineAt: (path) => {
    const w = walk(text, root, path);
    return w.item && w.rest ? w.item.lineAt(w.rest) : w.line;
  },
  lineIfPresent: (path) => {
    const w = walk(text, root, path);
    if (!w.complete) return undefined;
    return w.item && w.rest ? w.item.lineIfPresent(w.rest) : w.line;
  },
  items: (path) => {
    const w = walk(text, root, path);
    if (!w.complete || w.item || w.node.type !== 'array') return undefined;
    const array = w.node;
    return (index, value) => itemLines(text, array, index, value);
  },
});
