/**
 * A YAML or JSON document as plain data with a line on every node: what the adapters read. Built from the
 * `yaml` AST with limits, so hostile input (alias bombs, deep nesting, huge documents) stops with an error
 * instead of exhausting the process.
 */
export type TreeNode = TreeMap | TreeSeq | TreeScalar;

export interface TreeEntry {
  readonly keyLine: number;
  readonly value: TreeNode;
}

export interface TreeMap {
  readonly type: 'map';
  readonly line: number;
  readonly entries: ReadonlyMap<string, TreeEntry>;
}

export interface TreeSeq {
  readonly type: 'seq';
  readonly line: number;
  readonly items: readonly TreeNode[];
}

export type ScalarValue = string | number | boolean | null;

export interface TreeScalar {
  readonly type: 'scalar';
  readonly line: number;
  readonly value: ScalarValue;
}

export const isMapNode = (node: TreeNode | undefined): node is TreeMap => node?.type === 'map';
export const isSeqNode = (node: TreeNode | undefined): node is TreeSeq => node?.type === 'seq';
export const isScalarNode = (node: TreeNode | undefined): node is TreeScalar => node?.type === 'scalar';

/** The value under `key` of a map node (undefined for other nodes or a missing key). */
export const child = (node: TreeNode | undefined, key: string): TreeNode | undefined =>
  node?.type === 'map' ? node.entries.get(key)?.value : undefined;

/** The value at a path of keys. */
export const childAt = (node: TreeNode | undefined, path: readonly string[]): TreeNode | undefined =>
  path.reduce<TreeNode | undefined>((n, key) => child(n, key), node);

/** The line of the key `key` in a map node, else the node's own line. */
export const keyLine = (node: TreeNode, key: string): number =>
  (node.type === 'map' ? node.entries.get(key)?.keyLine : undefined) ?? node.line;

/** The string of a scalar node, if it is one. */
export const scalarString = (node: TreeNode | undefined): string | undefined =>
  node?.type === 'scalar' && node.value !== null ? String(node.value) : undefined;

/** A plain JavaScript value of a node (for messages and tests). */
export const toPlain = (node: TreeNode | undefined): unknown => {
  if (!node) return undefined;
  if (node.type === 'scalar') return node.value;
  if (node.type === 'seq') return node.items.map(toPlain);
  return Object.fromEntries([...node.entries].map(([k, e]) => [k, toPlain(e.value)]));
};
