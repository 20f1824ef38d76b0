import { isUnknown, type Unknown, unknown } from '../../model/value.js';
import { child, isMapNode, isSeqNode, type ScalarValue, scalarString, type TreeNode } from '../yaml/tree.js';
import type { CfnResource, CfnTemplate } from './template.js';
import { transformed } from './transform.js';

/** A reference to a resource of the same template (`!Ref Vpc`, `!GetAtt Sg.GroupId`). */
export interface ResourceRef {
  readonly ref: CfnResource;
  readonly attribute?: string;
}

/** `!Ref AWS::NoValue`: the property is removed, as if not written. */
export const NO_VALUE = Symbol('AWS::NoValue');

export type Resolved = TreeNode | ResourceRef | Unknown | typeof NO_VALUE;

export const isResourceRef = (value: unknown): value is ResourceRef =>
  typeof value === 'object' && value !== null && 'ref' in value;

const MAX_DEPTH = 32;

/**
 * Evaluates CloudFormation intrinsic functions as far as the template alone allows: parameters resolve to
 * their defaults, conditions are evaluated over those defaults, mappings are looked up. Anything known only
 * at deploy time (pseudo parameters, parameters without default, `!GetAtt` values, imports) is `Unknown`.
 */
export class CfnResolver {
  readonly template: CfnTemplate;
  /**
   * The resources created under the parameter defaults: those without a `Condition`, or whose condition is true
   * or cannot be evaluated (a parameter without default). A resource whose condition is false is not created, so
   * nothing reads it: a reference to it resolves as one to a resource the template does not declare.
   */
  readonly resources: readonly CfnResource[];
  readonly #resources: ReadonlyMap<string, CfnResource>;
  /** The condition that is false for each resource left out, by logical id (to explain a reference to it). */
  readonly #leftOut = new Map<string, string>();
  readonly #conditionCache = new Map<string, boolean | Unknown>();

  constructor(template: CfnTemplate) {
    this.template = template;
    // Every declared resource while conditions are evaluated: CloudFormation forbids conditions that name a
    // resource, and such a reference is Unknown whichever resources are kept.
    this.#resources = new Map(template.resources.map((r) => [r.logicalId, r]));
    this.resources = template.resources.filter((r) => {
      if (r.condition === undefined || this.condition(r.condition) !== false) return true;
      this.#leftOut.set(r.logicalId, r.condition);
      return false;
    });
    this.#resources = new Map(this.resources.map((r) => [r.logicalId, r]));
  }

  resource(logicalId: string): CfnResource | undefined {
    return this.#resources.get(logicalId);
  }

  resourcesOfType(type: string): CfnResource[] {
    return this.resources.filter((r) => r.type === type);
  }

  /** The node after evaluating any intrinsic function at its top. */
  resolve(node: TreeNode | undefined, depth = 0): Resolved | undefined {
    if (!node) return undefined;
    if (depth > MAX_DEPTH) return unknown('intrinsic functions nested too deeply');
    if (!isMapNode(node)) return node;
    // Before the single-key test: a transform beside other keys extends the mapping with what it yields.
    const transform = transformed(node);
    if (transform) return transform;
    if (node.entries.size !== 1) return node;
    const [fn, entry] = [...node.entries][0]!;
    const arg = entry.value;
    switch (fn) {
      case 'Ref':
        return this.#ref(scalarString(arg) ?? '', depth);
      case 'Fn::GetAtt':
        return this.#getAtt(arg);
      case 'Fn::If':
        return this.#if(arg, depth);
      case 'Fn::Sub':
        return this.#sub(arg, node.line, depth);
      case 'Fn::Join':
        return this.#join(arg, node.line, depth);
      case 'Fn::FindInMap':
        return this.#findInMap(arg, depth);
      case 'Fn::Select':
        return this.#select(arg, depth);
      default:
        return fn.startsWith('Fn::') ? unknown(`${fn} is evaluated only at deploy time`) : node;
    }
  }

  /** A scalar after resolution; Unknown for anything that does not resolve to one. */
  scalar(node: TreeNode | undefined, depth = 0): ScalarValue | Unknown | undefined {
    const r = this.resolve(node, depth);
    if (r === undefined || r === NO_VALUE) return undefined;
    if (isUnknown(r)) return r;
    if (isResourceRef(r))
      return unknown(
        `${r.attribute ? `!GetAtt ${r.ref.logicalId}.${r.attribute}` : `!Ref ${r.ref.logicalId}`} is known only after deployment`,
      );
    if (r.type !== 'scalar')
      return unknown(`expected a single value, found a ${r.type === 'map' ? 'mapping' : 'list'}`);
    return r.value;
  }

  /** Evaluates a named condition over the parameter defaults. */
  condition(name: string, depth = 0): boolean | Unknown {
    const cached = this.#conditionCache.get(name);
    if (cached !== undefined) return cached;
    const node = this.template.conditions.get(name);
    if (!node) return unknown(`condition ${name} is not defined`);
    this.#conditionCache.set(name, unknown(`condition ${name} refers to itself`));
    const value = this.#evalCondition(node, depth + 1);
    this.#conditionCache.set(name, value);
    return value;
  }

  #evalCondition(node: TreeNode, depth: number): boolean | Unknown {
    if (depth > MAX_DEPTH) return unknown('conditions nested too deeply');
    if (!isMapNode(node) || node.entries.size !== 1) {
      const v = this.scalar(node, depth);
      return typeof v === 'boolean' ? v : unknown('a condition is not a boolean expression');
    }
    const [fn, entry] = [...node.entries][0]!;
    const args = isSeqNode(entry.value) ? entry.value.items : [entry.value];
    switch (fn) {
      case 'Condition':
        return this.condition(scalarString(entry.value) ?? '', depth + 1);
      case 'Fn::Equals': {
        const [a, b] = args.map((n) => this.scalar(n, depth + 1));
        if (isUnknown(a)) return a;
        if (isUnknown(b)) return b;
        return String(a) === String(b);
      }
      case 'Fn::Not': {
        const v = this.#evalCondition(args[0]!, depth + 1);
        return isUnknown(v) ? v : !v;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const values = args.map((n) => this.#evalCondition(n, depth + 1));
        const decisive = fn !== 'Fn::And';
        if (values.includes(decisive)) return decisive;
        return values.find(isUnknown) ?? !decisive;
      }
      default:
        return unknown(`${fn} is not a condition function`);
    }
  }

  #ref(name: string, depth: number): Resolved {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name.startsWith('AWS::')) return unknown(`${name} is known only at deploy time`);
    const param = this.template.parameters.get(name);
    if (param) {
      if (!param.default)
        return unknown(`parameter ${name} has no default: its value is given at deploy time`);
      return this.resolve(param.default, depth + 1) ?? unknown(`parameter ${name} has an empty default`);
    }
    const resource = this.#resources.get(name);
    if (resource) return { ref: resource };
    return (
      this.#notCreated(`!Ref ${name}`, name) ??
      unknown(`!Ref ${name} names no parameter or resource of the template`)
    );
  }

  #getAtt(arg: TreeNode): Resolved {
    const parts = isSeqNode(arg) ? arg.items.map((n) => scalarString(n) ?? '') : [];
    const resource = this.#resources.get(parts[0] ?? '');
    if (!resource)
      return (
        this.#notCreated(`!GetAtt ${parts.join('.')}`, parts[0] ?? '') ??
        unknown(`!GetAtt ${parts.join('.')} names no resource of the template`)
      );
    return { ref: resource, attribute: parts.slice(1).join('.') };
  }

  /** A reference to a resource left out by its condition: Unknown as for an undeclared one, saying why. */
  #notCreated(reference: string, logicalId: string): Unknown | undefined {
    const condition = this.#leftOut.get(logicalId);
    if (condition === undefined) return undefined;
    return unknown(
      `${reference} names a resource that is not created: its condition ${condition} is false under the parameter defaults`,
    );
  }

  #if(arg: TreeNode, depth: number): Resolved {
    if (!isSeqNode(arg) || arg.items.length !== 3) return unknown('Fn::If needs [condition, then, else]');
    const [cond, whenTrue, whenFalse] = arg.items as [TreeNode, TreeNode, TreeNode];
    const name = scalarString(cond) ?? '';
    const value = this.condition(name, depth + 1);
    if (!isUnknown(value)) return this.resolve(value ? whenTrue : whenFalse, depth + 1) ?? NO_VALUE;
    const a = this.scalar(whenTrue, depth + 1);
    const b = this.scalar(whenFalse, depth + 1);
    if (a !== undefined && !isUnknown(a) && a === b) return { type: 'scalar', line: whenTrue.line, value: a };
    return unknown(`depends on condition ${name} (${value.reason})`);
  }

  #sub(arg: TreeNode, line: number, depth: number): Resolved {
    const [templateNode, varsNode] = isSeqNode(arg) ? arg.items : [arg];
    const text = scalarString(templateNode);
    if (text === undefined) return unknown('Fn::Sub needs a string');
    let missing: Unknown | undefined;
    const out = text.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
      const local = child(varsNode, name);
      const value = local
        ? this.scalar(local, depth + 1)
        : name.includes('.')
          ? unknown(`\${${name}} is known only after deployment`)
          : this.scalar(
              {
                type: 'map',
                line,
                entries: new Map([['Ref', { keyLine: line, value: { type: 'scalar', line, value: name } }]]),
              },
              depth + 1,
            );
      if (value === undefined || isUnknown(value)) {
        missing ??= isUnknown(value) ? value : unknown(`\${${name}} is empty`);
        return '';
      }
      return String(value);
    });
    if (missing) return missing;
    return { type: 'scalar', line, value: out.replace(/\$\{!/g, '${') };
  }

  #join(arg: TreeNode, line: number, depth: number): Resolved {
    if (!isSeqNode(arg) || arg.items.length !== 2) return unknown('Fn::Join needs [delimiter, list]');
    const delimiter = scalarString(arg.items[0]) ?? '';
    const list = this.resolve(arg.items[1], depth + 1);
    if (!list || list === NO_VALUE || isUnknown(list))
      return isUnknown(list) ? list : unknown('Fn::Join of nothing');
    if (isResourceRef(list) || !isSeqNode(list)) return unknown('Fn::Join needs a list');
    const parts: string[] = [];
    for (const item of list.items) {
      const v = this.scalar(item, depth + 1);
      if (v === undefined) continue;
      if (isUnknown(v)) return v;
      parts.push(String(v));
    }
    return { type: 'scalar', line, value: parts.join(delimiter) };
  }

  #findInMap(arg: TreeNode, depth: number): Resolved {
    if (!isSeqNode(arg) || arg.items.length < 3) return unknown('Fn::FindInMap needs [map, key, key]');
    const keys: string[] = [];
    let node: TreeNode | undefined = this.template.mappings;
    for (const item of arg.items.slice(0, 3)) {
      // A level that an include fills is unknown whatever the keys: say so rather than blame a key (the region).
      const included = transformed(node, keys.length > 0 ? `mapping ${keys.join('.')}` : 'Mappings');
      if (included) return included;
      const v = this.scalar(item, depth + 1);
      if (isUnknown(v)) return v;
      const key = String(v ?? '');
      keys.push(key);
      node = child(node, key);
    }
    if (!node) return unknown(`Fn::FindInMap ${keys.join('.')} finds nothing in Mappings`);
    return this.resolve(node, depth + 1) ?? unknown('empty mapping value');
  }

  #select(arg: TreeNode, depth: number): Resolved {
    if (!isSeqNode(arg) || arg.items.length !== 2) return unknown('Fn::Select needs [index, list]');
    const index = this.scalar(arg.items[0], depth + 1);
    if (isUnknown(index)) return index;
    const list = this.resolve(arg.items[1], depth + 1);
    if (isUnknown(list)) return list;
    if (!list || list === NO_VALUE || isResourceRef(list) || !isSeqNode(list))
      return unknown('Fn::Select needs a list');
    const item = list.items[Number(index)];
    return item
      ? (this.resolve(item, depth + 1) ?? NO_VALUE)
      : unknown(`Fn::Select index ${index} is out of range`);
  }
}
