import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TreeMap, TreeNode } from '../yaml/tree.js';
import { type CfnResolver, isResourceRef, NO_VALUE } from './resolver.js';
import type { CfnResource } from './template.js';

const describe = (value: unknown) => JSON.stringify(value);

/**
 * Reads typed attributes out of a resource's properties, resolving intrinsics and recording the line of each
 * attribute it reads under the attribute's model path.
 */
export class PropertyReader {
  readonly resolver: CfnResolver;
  readonly lines: Record<string, number> = {};

  constructor(resolver: CfnResolver) {
    this.resolver = resolver;
  }

  /** The value under `key` of a map; records the key's line as the line of `modelPath`. */
  at(parent: TreeMap | undefined, key: string, modelPath?: string): TreeNode | undefined {
    const entry = parent?.entries.get(key);
    if (entry && modelPath) this.lines[modelPath] = entry.keyLine;
    return entry?.value;
  }

  map(node: TreeNode | undefined): TreeMap | Unknown | undefined {
    const r = this.resolver.resolve(node);
    if (r === undefined || r === NO_VALUE) return undefined;
    if (isUnknown(r)) return r;
    if (isResourceRef(r) || r.type !== 'map') return unknown('expected a mapping');
    return r;
  }

  list(node: TreeNode | undefined): readonly TreeNode[] | Unknown | undefined {
    const r = this.resolver.resolve(node);
    if (r === undefined || r === NO_VALUE) return undefined;
    if (isUnknown(r)) return r;
    if (isResourceRef(r) || r.type !== 'seq') return unknown('expected a list');
    return r.items;
  }

  bool(node: TreeNode | undefined): Attr<boolean> | undefined {
    const v = this.resolver.scalar(node);
    if (v === undefined || v === null || isUnknown(v)) return v ?? undefined;
    if (typeof v === 'boolean') return v;
    const text = String(v).toLowerCase();
    if (text === 'true' || text === 'false') return text === 'true';
    return unknown(`expected true or false, found ${describe(v)}`);
  }

  num(node: TreeNode | undefined): Attr<number> | undefined {
    const v = this.resolver.scalar(node);
    if (v === undefined || v === null || isUnknown(v)) return v ?? undefined;
    const n = typeof v === 'number' ? v : Number(String(v).trim());
    return Number.isFinite(n) && String(v).trim() !== ''
      ? n
      : unknown(`expected a number, found ${describe(v)}`);
  }

  str(node: TreeNode | undefined): Attr<string> | undefined {
    const v = this.resolver.scalar(node);
    if (v === undefined || v === null || isUnknown(v)) return v ?? undefined;
    return String(v);
  }

  /**
   * The template resource a property points at (`!Ref Subnet`, `!GetAtt Sg.GroupId`). Unknown when the value is
   * a parameter, an import or a literal id: that resource lives outside the template.
   */
  resourceRef(node: TreeNode | undefined): CfnResource | Unknown | undefined {
    const r = this.resolver.resolve(node);
    if (r === undefined || r === NO_VALUE) return undefined;
    if (isResourceRef(r)) return r.ref;
    if (isUnknown(r)) return r;
    if (r.type === 'scalar') return unknown(`${describe(r.value)} is not declared in this template`);
    return unknown('expected a reference to a resource');
  }
}

/** `type logicalId`, the address of a CloudFormation resource in results. */
export const cfnAddress = (resource: CfnResource): string => `${resource.type} ${resource.logicalId}`;
