import type { JsonDocumentLines, LineLocator, PathKey } from '../json/json-lines.js';
import { JsonList, type JsonRead } from '../json/json-value.js';
import { type TreeMap, type TreeNode, toPlain } from '../yaml/tree.js';
import { lineAt, lineIfPresent } from './locate.js';

// What the snapshot reader needs from a document, whichever reader produced it: the values as plain data, the
// lists of raw items, and the lines of paths. Small files come through the YAML reader's tree; large JSON
// snapshots through JSON.parse and a line index (parsers/json), their items parsed one at a time. The mapping
// code reads both through this one interface.

export type { LineLocator } from '../json/json-lines.js';

/** The raw items of one resource type of one region. */
export interface SnapshotList {
  readonly length: number;
  /** The item at `index` as plain data, or the syntax error that keeps it from being read. */
  read(index: number): JsonRead;
  /** Lines inside the item at `index`; pass the item as read (items on one line answer from it). */
  lines(index: number, item?: unknown): LineLocator;
}

export interface SnapshotSource {
  /** The document as plain data, except that item lists may be JsonLists (read them through `list`). */
  readonly value: Readonly<Record<string, unknown>>;
  /** Lines of paths from the top of the document. */
  readonly lines: LineLocator;
  /** The item list at `path` (`services.<service>.<region>.<type>`), whose value is `value`; else undefined. */
  list(path: readonly PathKey[], value: unknown): SnapshotList | undefined;
}

/** The paths of item lists: `services.<service>.<region>.<type>`. */
export const isItemListPath = (path: readonly PathKey[]): boolean =>
  path.length === 4 && path[0] === 'services';

/** Lines under a node of the YAML reader's tree. */
export const treeLines = (node: TreeNode): LineLocator => ({
  line: node.line,
  oneLine: false,
  lineAt: (path) => lineAt(node, path),
  lineIfPresent: (path) => lineIfPresent(node, path),
});

/** A snapshot read by the YAML reader (any YAML or JSON document below the fast reader's threshold). */
export const treeSource = (tree: TreeMap): SnapshotSource => {
  const lines = treeLines(tree);
  return {
    value: toPlain(tree) as Record<string, unknown>,
    lines,
    list: (path, value) => {
      if (!Array.isArray(value)) return undefined;
      let node: TreeNode | undefined = tree;
      for (const key of path) node = node?.type === 'map' ? node.entries.get(String(key))?.value : undefined;
      const nodes = node?.type === 'seq' ? node.items : [];
      const items: readonly unknown[] = value;
      return {
        length: items.length,
        read: (index) => ({ value: items[index] }),
        lines: (index) => {
          const item = nodes[index];
          return item ? treeLines(item) : fixedLines(lines.lineAt([...path, index]));
        },
      };
    },
  };
};

/** Every path at one line (for an item the index does not know, which readers do not ask for). */
const fixedLines = (line: number): LineLocator => ({
  line,
  oneLine: true,
  lineAt: () => line,
  lineIfPresent: () => undefined,
});

/** A snapshot read by the fast JSON reader, with its item lists left as JsonLists. */
export const jsonSource = (
  value: Readonly<Record<string, unknown>>,
  lines: JsonDocumentLines,
): SnapshotSource => ({
  value,
  lines,
  list: (path, list) => {
    if (!(list instanceof JsonList) && !Array.isArray(list)) return undefined;
    const located = lines.items(path);
    return {
      length: list.length,
      read: (index) => (list instanceof JsonList ? list.read(index) : { value: list[index] }),
      lines: (index, item) => located?.(index, item) ?? fixedLines(lines.lineAt([...path, index])),
    };
  },
});
