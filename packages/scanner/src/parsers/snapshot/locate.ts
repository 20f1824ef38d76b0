import type { PathKey } from '../json/json-lines.js';
import type { TreeNode } from '../yaml/tree.js';

export type { PathKey } from '../json/json-lines.js';

/**
 * The line of the deepest node a path reaches: the line of the last key found in a map, or of the item in a
 * sequence. A path that leaves the document early gives the line of the last node it reached.
 */
export const lineAt = (root: TreeNode, path: readonly PathKey[]): number => {
  let node: TreeNode = root;
  let line = root.line;
  for (const key of path) {
    if (node.type === 'map' && typeof key === 'string') {
      const entry = node.entries.get(key);
      if (!entry) return line;
      line = entry.keyLine;
      node = entry.value;
    } else if (node.type === 'seq' && typeof key === 'number') {
      const item = node.items[key];
      if (!item) return line;
      line = item.line;
      node = item;
    } else return line;
  }
  return line;
};

/** The line of a path when the whole path exists, else undefined. */
export const lineIfPresent = (root: TreeNode, path: readonly PathKey[]): number | undefined => {
  let node: TreeNode | undefined = root;
  let line: number | undefined;
  for (const key of path) {
    if (node?.type === 'map' && typeof key === 'string') {
      const entry = node.entries.get(key);
      line = entry?.keyLine;
      node = entry?.value;
    } else if (node?.type === 'seq' && typeof key === 'number') {
      node = node.items[key];
      line = node?.line;
    } else return undefined;
    if (node === undefined) return undefined;
  }
  return line;
};

/** `services.ec2.eu-west-1.instances[3].MetadataOptions`: a path as people read it in messages. */
export const formatPath = (path: readonly PathKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
