import { indexJson, type JsonIndexOptions } from './json-index.js';
import { documentLines, type JsonDocumentLines, type PathKey } from './json-lines.js';
import { buildJsonValue, parseJsonSlice } from './json-value.js';

// The fast reader for large JSON documents (snapshots of big accounts): one pass of the index gives the lines,
// JSON.parse builds the values. Much lighter than the YAML reader's tree (a node object per value), which is
// kept for everything else.

export type ReadJson =
  | { readonly value: unknown; readonly lines: JsonDocumentLines }
  | { readonly problem: string; readonly line: number };

export interface ReadJsonOptions extends JsonIndexOptions {
  /**
   * Arrays at the paths where this holds are returned as JsonLists, parsed item by item when read. Their items are
   * only checked for syntax then: the reader of the list reports a broken item as a broken file.
   */
  readonly lazy?: (path: readonly PathKey[]) => boolean;
}

/** Reads a JSON text with the lines of its values. Never throws for bad input: it says what and where. */
export const readJson = (text: string, options: ReadJsonOptions = {}): ReadJson => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const index = indexJson(body, options);
  if ('problem' in index) {
    if (!index.syntax) return { problem: index.problem, line: index.line };
    // JSON.parse names what is wrong better than the index does.
    const parsed = parseJsonSlice(body);
    return 'problem' in parsed ? parsed : { problem: index.problem, line: index.line };
  }
  const built = buildJsonValue(body, index.root, options.lazy);
  if ('problem' in built) return built;
  return { value: built.value, lines: documentLines(body, index.root) };
};
