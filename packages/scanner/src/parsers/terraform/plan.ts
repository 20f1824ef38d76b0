import type { InputIssue } from '../../inputs/input-issue.js';
import type { Resource } from '../../model/resource.js';
import { Unknown } from '../../model/value.js';
import { child, isMapNode, isSeqNode, scalarString, type TreeMap, type TreeNode } from '../yaml/tree.js';
import { adaptTerraform } from './adapt-terraform.js';
import { moduleCalls, PlanConfig } from './plan-config.js';
import type { TfResource, TfValue } from './tf-resource.js';

// `terraform show -json <plan>` output read into TfResources. Planned values are known except the paths
// `resource_changes[].change.after_unknown` marks. Such a path is an Unknown when the configuration sets it
// (a TfReference when its expression refers to a resource, so adapters can still link), and is left unset
// when the configuration does not: it is then a value the provider computes, the same "not set" an HCL
// scan sees. Without a `configuration` section every unknown path stays Unknown. (The configuration JSON
// leaves out `dynamic` blocks, so a dynamic block over a collection known only after apply reads as unset.)
// Providers write a string argument that is not set as "": such an argument is left out here, once for every
// adapter, so a plan reads as unset what HCL leaves unset. Data sources read at plan time come from
// `prior_state`: never checked, but link targets.

type Mutable = string | number | boolean | null | Unknown | Mutable[] | { [key: string]: Mutable };
type MutableObject = { [key: string]: Mutable };

/** Past this depth of `child_modules`, the rest of a plan is reported, not read. */
const MAX_MODULE_DEPTH = 16;

/** True for the JSON of `terraform show -json` on a plan: a format version and planned values or changes. */
export const isTerraformPlan = (tree: TreeNode | undefined): tree is TreeMap =>
  isMapNode(tree) &&
  tree.entries.has('format_version') &&
  (tree.entries.has('planned_values') || tree.entries.has('resource_changes'));

const setKey = (target: MutableObject, key: string, value: Mutable) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** An empty string: how a plan writes a string argument that is not set. */
const isUnsetText = (node: TreeNode): boolean => node.type === 'scalar' && node.value === '';

/**
 * A tree node as a value, recording the line of every key and list item under `path`. In `arguments` (the
 * resource's values, and each block: an object in a list) a key whose value is "" is left out, its line kept;
 * the entries of a map argument (`tags`, `metadata`) keep "", which is a value there.
 */
const toValue = (node: TreeNode, path: string, lines: Record<string, number>, args: boolean): Mutable => {
  if (node.type === 'scalar') return node.value;
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (node.type === 'seq')
    return node.items.map((item, i) => {
      lines[at(i)] = item.line;
      return toValue(item, at(i), lines, true);
    });
  const out: MutableObject = {};
  for (const [key, entry] of node.entries) {
    lines[at(key)] = entry.keyLine;
    if (!(args && isUnsetText(entry.value))) setKey(out, key, toValue(entry.value, at(key), lines, false));
  }
  return out;
};

const isContainer = (v: Mutable | undefined): v is Mutable[] | MutableObject =>
  typeof v === 'object' && v !== null && !(v instanceof Unknown);

const display = (path: readonly (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

interface ResourceConfig {
  readonly expressions: TreeNode;
  readonly calls: readonly string[];
  readonly modulePath: string;
}

/** Replaces every path `after_unknown` marks true with an Unknown, or removes it (see the file comment). */
const overlayUnknowns = (
  target: MutableObject | Mutable[],
  marks: TreeNode,
  path: (string | number)[],
  config: PlanConfig,
  where: ResourceConfig | undefined,
): void => {
  const visit = (key: string | number, mark: TreeNode) => {
    const here = [...path, key];
    const get = () => (Array.isArray(target) ? target[key as number] : target[key as string]);
    const put = (value: Mutable | undefined) => {
      if (Array.isArray(target)) target[key as number] = value ?? null;
      else if (value === undefined) delete target[key as string];
      else setKey(target, key as string, value);
    };
    if (mark.type === 'scalar') {
      if (mark.value !== true) return;
      const reason = new Unknown(`${display(here)} is known only after apply`);
      const expression = where ? config.expressionAt(where.expressions, here) : null;
      if (!where || expression === null) put(reason);
      else if (expression === undefined) put(undefined);
      else put(config.resourceReference(expression, where.calls, where.modulePath) ?? reason);
      return;
    }
    let inner = get();
    if (!isContainer(inner) || Array.isArray(inner) !== (mark.type === 'seq')) {
      inner = mark.type === 'seq' ? [] : {};
      put(inner);
    }
    overlayUnknowns(inner, mark, here, config, where);
  };
  if (marks.type === 'map') for (const [key, entry] of marks.entries) visit(key, entry.value);
  else if (marks.type === 'seq')
    marks.items.forEach((item, i) => {
      visit(i, item);
    });
};

/** True when every action of a change (`resource_changes[].change.actions`) is one of `actions`. */
const onlyActions = (item: TreeNode, actions: readonly string[]): boolean => {
  const list = child(child(item, 'change'), 'actions');
  return (
    isSeqNode(list) &&
    list.items.length > 0 &&
    list.items.every((a) => actions.includes(scalarString(a) ?? ''))
  );
};

class PlanReader {
  readonly file: string;
  readonly issues: InputIssue[] = [];
  readonly resources: TfResource[] = [];
  readonly #seen = new Set<string>();
  readonly #changes = new Map<string, TreeNode>();
  /** Addresses whose change only removes them from the state (`forget`, Terraform 1.7+): no longer managed. */
  readonly #forgotten = new Set<string>();
  /** Whether each change creates its resource (`create`, alone or in a replacement). */
  readonly #created = new Map<string, boolean>();
  readonly #config: PlanConfig;

  constructor(file: string, root: TreeMap) {
    this.file = file;
    this.#config = new PlanConfig(child(root, 'configuration'), (node, message) =>
      this.#issue('warning', node, `${message}: links between resources are not followed`),
    );
    this.#readChanges(child(root, 'resource_changes'));
  }

  #issue(level: 'error' | 'warning', node: TreeNode, message: string) {
    this.issues.push({ level, location: { file: this.file, line: node.line }, message });
  }

  #readChanges(node: TreeNode | undefined) {
    if (node === undefined) return;
    if (!isSeqNode(node)) {
      this.#issue('error', node, 'resource_changes is not a list');
      return;
    }
    for (const item of node.items) {
      const address = scalarString(child(item, 'address'));
      const marks = child(child(item, 'change'), 'after_unknown');
      if (!isMapNode(item) || address === undefined) {
        this.#issue('error', item, 'an entry of resource_changes is not an object with an address');
        continue;
      }
      if (onlyActions(item, ['forget'])) this.#forgotten.add(address);
      const actions = child(child(item, 'change'), 'actions');
      if (isSeqNode(actions))
        this.#created.set(
          address,
          actions.items.some((a) => scalarString(a) === 'create'),
        );
      if (isMapNode(marks)) this.#changes.set(address, marks);
      else if (marks !== undefined && !(marks.type === 'scalar' && typeof marks.value === 'boolean'))
        this.#issue('error', marks, `after_unknown of ${address} is not an object`);
    }
  }

  /** Reads `planned_values` (or `prior_state.values`, for its data sources only). */
  readModule(node: TreeNode, modulePath: string, dataOnly: boolean, depth = 0): void {
    if (!isMapNode(node)) {
      this.#issue('error', node, `module ${modulePath || 'root'} is not an object`);
      return;
    }
    const resources = child(node, 'resources');
    if (resources !== undefined && !isSeqNode(resources))
      this.#issue('error', resources, `resources of module ${modulePath || 'root'} is not a list`);
    else for (const item of resources?.items ?? []) this.#readResource(item, modulePath, dataOnly);
    const children = child(node, 'child_modules');
    if (children === undefined) return;
    if (!isSeqNode(children)) {
      this.#issue('error', children, `child_modules of module ${modulePath || 'root'} is not a list`);
      return;
    }
    for (const mod of children.items) {
      const address = scalarString(child(mod, 'address'));
      if (address === undefined) this.#issue('error', mod, 'a child module has no address');
      else if (depth >= MAX_MODULE_DEPTH)
        this.#issue('error', mod, `module ${address} is nested more than ${MAX_MODULE_DEPTH} deep: not read`);
      else this.readModule(mod, address, dataOnly, depth + 1);
    }
  }

  #readResource(item: TreeNode, modulePath: string, dataOnly: boolean) {
    const text = (key: string) => scalarString(child(item, key));
    const [address, mode, type, name] = [text('address'), text('mode'), text('type'), text('name')];
    if (!isMapNode(item) || !address || !type || !name || (mode !== 'managed' && mode !== 'data'))
      return this.#issue('error', item, 'a resource entry lacks its address, mode, type or name');
    if ((dataOnly && mode !== 'data') || this.#seen.has(address) || this.#forgotten.has(address)) return;
    // Terraform leaves `values` out when every attribute is known only after apply: nothing is known yet.
    const valuesNode = child(item, 'values') ?? child(child(item, 'change'), 'after');
    if (valuesNode !== undefined && !isMapNode(valuesNode))
      return this.#issue('error', valuesNode, `the values of ${address} are not an object`);
    this.#seen.add(address);
    const attributeLines: Record<string, number> = {};
    const values = (valuesNode ? toValue(valuesNode, '', attributeLines, true) : {}) as MutableObject;
    const marks = this.#changes.get(address);
    if (marks) {
      const calls = moduleCalls(modulePath);
      const key = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
      const expressions = this.#config.module(calls)?.resources.get(key);
      // Without the resource's configuration, nothing tells a computed value from a configured one.
      const where = expressions ? { expressions, calls, modulePath } : undefined;
      overlayUnknowns(values, marks, [], this.#config, where);
    }
    this.resources.push({
      mode,
      type,
      name,
      address,
      modulePath,
      location: { file: this.file, line: item.entries.get('address')?.keyLine ?? item.line },
      values: values as { readonly [key: string]: TfValue },
      attributeLines,
      ...(this.#created.has(address) ? { created: this.#created.get(address) } : {}),
    });
  }

  /** Without planned values: the `after` state of every change that does not delete. */
  readChangesAsResources(node: TreeNode) {
    if (!isSeqNode(node)) return;
    for (const item of node.items) {
      if (!isMapNode(item) || scalarString(child(item, 'address')) === undefined) continue; // reported above
      if (!onlyActions(item, ['delete', 'forget']))
        this.#readResource(item, scalarString(child(item, 'module_address')) ?? '', false);
    }
  }
}

/** Reads the resources of a plan; wrong shapes give located `error` issues, never a throw. */
export const parsePlan = (file: string, tree: TreeMap): { resources: TfResource[]; issues: InputIssue[] } => {
  const reader = new PlanReader(file, tree);
  const planned = child(tree, 'planned_values');
  const changes = child(tree, 'resource_changes');
  if (planned !== undefined) {
    const root = child(planned, 'root_module');
    if (!isMapNode(planned) || root === undefined)
      reader.issues.push({
        level: 'error',
        location: { file, line: planned.line },
        message: 'planned_values is not an object with a root_module',
      });
    else reader.readModule(root, '', false);
  } else if (changes !== undefined) reader.readChangesAsResources(changes);
  const prior = child(child(child(tree, 'prior_state'), 'values'), 'root_module');
  if (prior !== undefined) reader.readModule(prior, '', true);
  return { resources: reader.resources, issues: reader.issues };
};

/** A plan, read and adapted into the model. */
export const adaptPlan = (file: string, tree: TreeMap): { resources: Resource[]; issues: InputIssue[] } => {
  const plan = parsePlan(file, tree);
  const adapted = adaptTerraform(plan.resources);
  return { resources: [...adapted.resources], issues: [...plan.issues, ...adapted.issues] };
};
