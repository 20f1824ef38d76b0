import { child, isMapNode, isSeqNode, scalarString, type TreeNode } from '../yaml/tree.js';
import { TfReference } from './tf-resource.js';

// The `configuration` section of a plan: per module, the expressions of each resource (constant values and
// the references an expression makes), the arguments of module calls and the module outputs. It tells an
// unknown value the configuration sets (a reference to a resource, known after apply) from one the provider
// computes because the configuration leaves it out.

export interface ModuleCall {
  readonly expressions: TreeNode | undefined;
  readonly module: ModuleConfig | undefined;
  /** The call has `count` or `for_each`: a reference must name the instance. */
  readonly repeated: boolean;
}

export interface ModuleConfig {
  /** Expressions by resource address in the module (`aws_vpc.main`, `data.aws_ami.base`). */
  readonly resources: ReadonlyMap<string, TreeNode>;
  readonly calls: ReadonlyMap<string, ModuleCall>;
  /** The expression of each output. */
  readonly outputs: ReadonlyMap<string, TreeNode>;
}

const MAX_DEPTH = 32;
/** Reference chains (variable → module argument → output → ...) followed at most this far. */
const MAX_HOPS = 8;

const NOT_RESOURCES = new Set(['local', 'count', 'each', 'path', 'terraform', 'self']);

const MODULE_SEGMENT = /module\.([A-Za-z0-9_-]+)((?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?)/g;

/** `module.a["x"].module.b` → `['module.a["x"]', 'module.b']`. */
const moduleSegments = (modulePath: string): string[] =>
  [...modulePath.matchAll(MODULE_SEGMENT)].map((m) => m[0]);

/** `module.a["x"].module.b` → the module call names `a`, `b`. */
export const moduleCalls = (modulePath: string): string[] =>
  [...modulePath.matchAll(MODULE_SEGMENT)].map((m) => m[1] ?? '');

const within = (modulePath: string, address: string) => (modulePath ? `${modulePath}.${address}` : address);

/** `aws_vpc.main["a.b"].id` → `aws_vpc`, `main["a.b"]`, `id`. */
const segments = (ref: string): string[] =>
  ref.match(/[A-Za-z_][\w-]*(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\])*/g) ?? [];

const nameOf = (segment: string) => segment.replace(/\[[\s\S]*$/, '');

const EXPRESSION_KEYS = new Set(['constant_value', 'references']);

/** An expression object (as opposed to the body of a nested block). */
const isExpression = (node: TreeNode, attributePosition: boolean): boolean =>
  isMapNode(node) &&
  (node.entries.size === 0
    ? attributePosition
    : [...node.entries.keys()].every((k) => EXPRESSION_KEYS.has(k)));

const references = (expression: TreeNode | undefined): string[] => {
  const refs = child(expression, 'references');
  return isSeqNode(refs) ? refs.items.map(scalarString).filter((r): r is string => r !== undefined) : [];
};

type Warn = (node: TreeNode, message: string) => void;

const readModule = (node: TreeNode, where: string, warn: Warn, depth: number): ModuleConfig | undefined => {
  if (!isMapNode(node)) {
    warn(node, `configuration of ${where} is not an object`);
    return undefined;
  }
  const resources = new Map<string, TreeNode>();
  const list = child(node, 'resources');
  if (list !== undefined && !isSeqNode(list)) warn(list, `configuration resources of ${where} is not a list`);
  for (const r of isSeqNode(list) ? list.items : []) {
    const address = scalarString(child(r, 'address'));
    const expressions = child(r, 'expressions');
    if (address !== undefined && expressions !== undefined) resources.set(address, expressions);
  }
  const calls = new Map<string, ModuleCall>();
  const callsNode = child(node, 'module_calls');
  for (const [name, entry] of isMapNode(callsNode) ? callsNode.entries : []) {
    const call = entry.value;
    const body = child(call, 'module');
    calls.set(name, {
      expressions: child(call, 'expressions'),
      module:
        body !== undefined && depth < MAX_DEPTH
          ? readModule(body, `module.${name}`, warn, depth + 1)
          : undefined,
      repeated:
        child(call, 'count_expression') !== undefined || child(call, 'for_each_expression') !== undefined,
    });
  }
  const outputs = new Map<string, TreeNode>();
  const outputsNode = child(node, 'outputs');
  for (const [name, entry] of isMapNode(outputsNode) ? outputsNode.entries : []) {
    const expression = child(entry.value, 'expression');
    if (expression !== undefined) outputs.set(name, expression);
  }
  return { resources, calls, outputs };
};

export class PlanConfig {
  readonly #root: ModuleConfig | undefined;

  constructor(configuration: TreeNode | undefined, warn: Warn) {
    const root = child(configuration, 'root_module');
    this.#root = root === undefined ? undefined : readModule(root, 'the root module', warn, 0);
  }

  /** The configuration of the module reached through these call names (`[]` is the root module). */
  module(calls: readonly string[]): ModuleConfig | undefined {
    let module = this.#root;
    for (const name of calls) module = module?.calls.get(name)?.module;
    return module;
  }

  /**
   * The expression (or nested block) a value path falls under in a resource's expressions, or undefined
   * when the configuration does not set that path. Dynamic blocks are not part of the configuration JSON.
   */
  expressionAt(expressions: TreeNode | undefined, path: readonly (string | number)[]): TreeNode | undefined {
    let node = expressions;
    let attributePosition = false;
    for (const seg of path) {
      if (node === undefined || isExpression(node, attributePosition)) return node;
      if (node.type === 'map') {
        if (typeof seg === 'number') {
          attributePosition = false;
          continue;
        }
        node = child(node, seg);
        attributePosition = true;
      } else if (node.type === 'seq') {
        if (typeof seg !== 'number') return undefined;
        node = node.items[seg] ?? node.items[0];
        attributePosition = false;
      } else return node;
    }
    return node;
  }

  /**
   * The resource an expression refers to, as a TfReference with its full address: followed through module
   * variables (to the calling module's argument) and module outputs (into the called module).
   */
  resourceReference(
    expression: TreeNode,
    calls: readonly string[],
    modulePath: string,
    hops = 0,
  ): TfReference | undefined {
    if (hops > MAX_HOPS) return undefined;
    for (const ref of references(expression)) {
      const s = segments(ref);
      const [head = '', second, third] = s.map(nameOf);
      if (head === 'data' && s.length >= 3)
        return new TfReference(within(modulePath, `data.${s[1]}.${s[2]}`), s[3] ? nameOf(s[3]) : '');
      if (head === 'var' && second && calls.length > 0) {
        const parentCalls = calls.slice(0, -1);
        const call = this.module(parentCalls)?.calls.get(calls.at(-1) ?? '');
        const argument = child(call?.expressions, second);
        const parentPath = moduleSegments(modulePath).slice(0, -1).join('.');
        const found = argument && this.resourceReference(argument, parentCalls, parentPath, hops + 1);
        if (found) return found;
        continue;
      }
      if (head === 'module' && second && third) {
        const call = this.module(calls)?.calls.get(second);
        const key = (s[1] ?? '').slice(second.length);
        const output = call?.module?.outputs.get(third);
        if (!call || !output || (call.repeated && !key)) continue;
        const inner = within(modulePath, `module.${second}${key}`);
        const found = this.resourceReference(output, [...calls, second], inner, hops + 1);
        if (found) return found;
        continue;
      }
      if (head === 'var' || head === 'module' || NOT_RESOURCES.has(head) || s.length < 2) continue;
      return new TfReference(within(modulePath, `${s[0]}.${s[1]}`), third ?? '');
    }
    return undefined;
  }
}
