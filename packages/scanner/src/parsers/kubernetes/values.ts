import { type Attr, unknown } from '../../model/value.js';
import type { TreeMap, TreeNode } from '../yaml/tree.js';

// Typed reads of manifest values. A manifest has no functions to evaluate, but it may hold placeholders
// (`${IMAGE}`, `{{ .Values.x }}`) left for envsubst, Helm or Kustomize: those are Unknown, never guessed.

const PLACEHOLDER = /\$\{[^}]*\}|\{\{.*?\}\}/;

const describe = (value: unknown) => JSON.stringify(value);

export class ManifestReader {
  readonly lines: Record<string, number>;

  constructor(lines: Record<string, number> = {}) {
    this.lines = lines;
  }

  /** The value under `key` of a map; records the key's line as the line of `modelPath`. */
  at(parent: TreeNode | undefined, key: string, modelPath?: string): TreeNode | undefined {
    const entry = parent?.type === 'map' ? parent.entries.get(key) : undefined;
    if (entry && modelPath) this.lines[modelPath] = entry.keyLine;
    return entry?.value;
  }

  map(node: TreeNode | undefined): TreeMap | undefined {
    return node?.type === 'map' ? node : undefined;
  }

  list(node: TreeNode | undefined): readonly TreeNode[] {
    return node?.type === 'seq' ? node.items : [];
  }

  bool(node: TreeNode | undefined): Attr<boolean> | undefined {
    if (!node || (node.type === 'scalar' && node.value === null)) return undefined;
    if (node.type === 'scalar' && typeof node.value === 'boolean') return node.value;
    return unknown(
      `expected true or false, found ${describe(node.type === 'scalar' ? node.value : node.type)}`,
    );
  }

  num(node: TreeNode | undefined): Attr<number> | undefined {
    if (!node || (node.type === 'scalar' && node.value === null)) return undefined;
    if (node.type === 'scalar' && typeof node.value === 'number') return node.value;
    return unknown(`expected a number, found ${describe(node.type === 'scalar' ? node.value : node.type)}`);
  }

  str(node: TreeNode | undefined): Attr<string> | undefined {
    if (!node || (node.type === 'scalar' && node.value === null)) return undefined;
    if (node.type !== 'scalar')
      return unknown(`expected a string, found a ${node.type === 'map' ? 'mapping' : 'list'}`);
    const text = String(node.value);
    return PLACEHOLDER.test(text)
      ? unknown(`${describe(text)} is a placeholder filled in at deploy time`)
      : text;
  }
}
