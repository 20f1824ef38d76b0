import {
  BACKSLASH,
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

// The lines of several paths inside one JSON value, found in one reading of its text. An adapter asks an item
// written over many lines (an indented snapshot) for the lines of all the attributes it reads at once: following
// each path from the item's start would read the first part of the item again for every attribute. The paths are
// compiled once into a tree of the keys they go through; the reading descends only where a path goes, skips the
// rest without building it, and stops once every path is found.

type PathKey = string | number;

interface Step {
  readonly key: PathKey;
  /** The paths that end here, by their positions in the set. */
  readonly ends: readonly number[];
  readonly next: readonly Step[];
}

/** Paths compiled for `linesOfPaths`. */
export interface PathSet {
  readonly paths: readonly (readonly PathKey[])[];
  readonly steps: readonly Step[];
  /** The paths that can be found: all but empty ones, which have no line of their own. */
  readonly findable: number;
}

interface MutableStep {
  readonly key: PathKey;
  readonly ends: number[];
  readonly next: MutableStep[];
}

/** Compiles paths (an empty path has no line of its own and is never found). */
export const pathSet = (paths: readonly (readonly PathKey[])[]): PathSet => {
  const root: MutableStep[] = [];
  paths.forEach((path, index) => {
    let level = root;
    path.forEach((key, depth) => {
      let step = level.find((s) => s.key === key);
      if (!step) {
        step = { key, ends: [], next: [] };
        level.push(step);
      }
      if (depth === path.length - 1) step.ends.push(index);
      level = step.next;
    });
  });
  return { paths, steps: root, findable: paths.filter((path) => path.length > 0).length };
};

const NO_STEPS: readonly Step[] = [];

/** The step of an object key whose text runs from `start` (its opening quote) to `end` (past its closing one). */
const keyStep = (text: string, start: number, end: number, steps: readonly Step[]): Step | undefined => {
  const length = end - start - 2;
  for (const step of steps) {
    const { key } = step;
    if (
      typeof key === 'string' &&
      key.length === length &&
      text.startsWith(key, start + 1) &&
      !key.includes('\\')
    )
      return step;
  }
  // A key written with escapes (`"Vpc\u0049d"`) is compared as it reads.
  for (let at = start + 1; at < end - 1; at++)
    if (text.charCodeAt(at) === BACKSLASH) {
      const key = stringValue(text, start, end);
      return steps.find((s) => s.key === key);
    }
  return undefined;
};

/**
 * The line of each path of `set` inside the value whose text starts at `pos` on `line` (a key's line for an object
 * member, an item's first line for an array item), or undefined where the path does not exist. The same answers as
 * following each path on its own (json-lines.ts).
 */
export const linesOfPaths = (
  text: string,
  pos: number,
  line: number,
  set: PathSet,
): (number | undefined)[] => {
  const found: (number | undefined)[] = new Array(set.paths.length).fill(undefined);
  let missing = set.findable;
  const c: Cursor = { pos, line };
  // The first occurrence counts, as a search from the value's start finds it.
  const reach = (step: Step, at: number) => {
    for (const end of step.ends)
      if (found[end] === undefined) {
        found[end] = at;
        missing--;
      }
  };
  /** Reads the value at the cursor, descending where `steps` go; false when the text is not as expected. */
  const value = (steps: readonly Step[]): boolean => {
    const open = text.charCodeAt(c.pos);
    if (steps.length === 0 || (open !== OPEN_BRACE && open !== OPEN_BRACKET))
      return !skipValue(text, c, Number.MAX_SAFE_INTEGER).broken;
    const close = open === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
    c.pos++;
    skipSpace(text, c);
    if (text.charCodeAt(c.pos) === close) {
      c.pos++;
      return true;
    }
    // A key written twice is read at its first place only, as a search from the value's start finds it.
    let entered: Set<Step> | undefined;
    for (let index = 0; ; index++) {
      let step: Step | undefined;
      if (open === OPEN_BRACE) {
        if (text.charCodeAt(c.pos) !== QUOTE) return false;
        const end = stringEnd(text, c.pos);
        if (end < 0) return false;
        step = keyStep(text, c.pos, end, steps);
        const keyLine = c.line;
        c.pos = end;
        skipSpace(text, c);
        if (text.charCodeAt(c.pos) !== COLON) return false;
        c.pos++;
        skipSpace(text, c);
        if (step && entered?.has(step)) step = undefined;
        else if (step) {
          reach(step, keyLine);
          entered ??= new Set();
          entered.add(step);
        }
      } else {
        step = steps.find((s) => s.key === index);
        if (step) reach(step, c.line);
      }
      if (missing === 0) return true;
      if (!value(step?.next ?? NO_STEPS)) return false;
      if (missing === 0) return true;
      skipSpace(text, c);
      const next = text.charCodeAt(c.pos);
      c.pos++;
      if (next === close) return true;
      if (next !== COMMA) return false;
      skipSpace(text, c);
    }
  };
  value(set.steps);
  return found;
};
