import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { InputIssue } from '../../inputs/input-issue.js';
import type { Resource, ResourceKind, ResourceOfKind } from '../../model/resource.js';
import { Unknown, unknown } from '../../model/value.js';
import type { ScanResult } from '../../runner/result.js';
import { parseDocuments } from '../parse-input.js';
import type { YamlIssue } from '../yaml/parse-yaml.js';
import type { TreeMap } from '../yaml/tree.js';
import { TfContext } from './adapt-aws-context.js';
import { adaptTerraform } from './adapt-terraform.js';
import { evaluate, LazyObject } from './evaluate.js';
import { parseExpression } from './expressions.js';
import { type LoadedTerraform, loadTerraform, nodeTerraformIo, type TerraformIo } from './load-module.js';
import { adaptPlan, isTerraformPlan, parsePlan } from './plan.js';
import { type TfObject, TfReference, type TfResource, type TfValue } from './tf-resource.js';

// Builders shared by the tests of the Terraform parsers and adapters (the `*.test.ts` files of this folder),
// and imported by nothing else. They make the inputs of a test (resources, configurations, plans) and run
// the code under test; the assertions stay in the tests.

// ---------------------------------------------------------------------------------------------------------
// TfResources, as the HCL loader and the plan reader hand them to the adapters

/** Where a resource built by `tfResource` sits, and what it says about its lines; every field is optional. */
export interface TfResourcePlacement {
  /** The file of the block: `main.tf` unless given. */
  readonly file?: string;
  /** The line the block starts at: 1 unless given. */
  readonly line?: number;
  /** Lines of attributes and nested blocks, keyed as in `TfResource.attributeLines`: none unless given. */
  readonly attributeLines?: Readonly<Record<string, number>>;
  /** The module instance (`module.net["eu"]`) the address starts with: the root module unless given. */
  readonly modulePath?: string;
}

/**
 * A resource or data source as the loader gives it, from its address: `data.` makes a data source, and the
 * name is the address's last part without its instance key (`aws_vpc.main[0]` is named `main`).
 */
export const tfResource = (
  address: string,
  values: TfObject = {},
  { file = 'main.tf', line = 1, attributeLines = {}, modulePath = '' }: TfResourcePlacement = {},
): TfResource => {
  const local = modulePath ? address.slice(modulePath.length + 1) : address;
  const data = local.startsWith('data.');
  const [type = '', name = ''] = (data ? local.slice('data.'.length) : local).split('.');
  return {
    mode: data ? 'data' : 'managed',
    type,
    name: name.replace(/\[.*$/, ''),
    address,
    modulePath,
    location: { file, line },
    values,
    attributeLines,
  };
};

/** Builds resources that all start at one place, taking their attribute lines as the third argument. */
export type TfResourceBuilder = (
  address: string,
  values?: TfObject,
  attributeLines?: Readonly<Record<string, number>>,
) => TfResource;

/** A `tfResource` builder for a test whose resources all sit at `file` (`main.tf`) and `line` (1). */
export const tfResourceBuilder =
  ({ file, line }: Pick<TfResourcePlacement, 'file' | 'line'> = {}): TfResourceBuilder =>
  (address, values = {}, attributeLines = {}) =>
    tfResource(address, values, { file, line, attributeLines });

/** A reference to another resource's attribute (its `id` unless given), unknown until apply. */
export const tfRef = (address: string, attribute = 'id'): TfReference => new TfReference(address, attribute);

/** Why a value is unknown, or a text that says it is not, for `toBe`/`toContain` on the reason. */
export const reasonOf = (value: unknown): string =>
  value instanceof Unknown ? value.reason : `not unknown: ${String(value)}`;

// ---------------------------------------------------------------------------------------------------------
// Running adapters

/** An adapter that reads one resource in the configuration it belongs to. */
export type ContextAdapter<T> = (resource: TfResource, context: TfContext) => T;

/** Adapts `resource` in a configuration made of itself and `others`. */
export const adaptWithContext = <T>(
  adapter: ContextAdapter<T>,
  resource: TfResource,
  others: readonly TfResource[] = [],
): T => adapter(resource, new TfContext([resource, ...others]));

/** Adapts the resource at `address` of the configuration `all`; throws when `all` has none there. */
export const adaptAt = <T>(adapter: ContextAdapter<T>, all: readonly TfResource[], address: string): T => {
  const resource = all.find((r) => r.address === address);
  if (!resource) throw new Error(`no ${address}`);
  return adapter(resource, new TfContext(all));
};

/** The resources of one kind, in order. */
export const ofKind = <K extends ResourceKind>(
  resources: readonly Resource[],
  kind: K,
): ResourceOfKind<K>[] => resources.filter((r): r is ResourceOfKind<K> => r.kind === kind);

/** Adapts a configuration with `adaptTerraform` and keeps the resources of one kind. */
export const adaptedOfKind = <K extends ResourceKind>(
  all: readonly TfResource[],
  kind: K,
): ResourceOfKind<K>[] => ofKind(adaptTerraform(all).resources, kind);

/** Looks up the statuses that results gave one resource under one check, in result order. */
export const statusesOf =
  (results: readonly ScanResult[]) =>
  (checkId: string, address: string): ScanResult['status'][] =>
    results.filter((r) => r.checkId === checkId && r.resource?.address === address).map((r) => r.status);

// ---------------------------------------------------------------------------------------------------------
// HCL configurations: in memory and in temporary folders

const MEMORY_ROOT = '/m';
const shown = (path: string) => path.replace(/^\/m\//, '');

/** A configuration held in memory, file texts by relative path: paths under `/m/`, shown without that prefix. */
export const memoryTerraformIo = (files: Readonly<Record<string, string>>): TerraformIo => ({
  readFile: async (path) => {
    const text = files[shown(path)];
    return text === undefined ? { problem: 'cannot read: ENOENT' } : { text };
  },
  listTf: async (dir) => {
    const prefix = dir === MEMORY_ROOT ? '' : `${shown(dir)}/`;
    const names = Object.keys(files)
      .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map((p) => p.slice(prefix.length));
    if (names.length === 0) throw Object.assign(new Error('no such folder'), { code: 'ENOENT' });
    return names.sort();
  },
  display: shown,
  readTextSync: (path) => {
    const text = files[shown(path)];
    return text === undefined ? { problem: 'ENOENT' } : { text };
  },
  realPath: (path) => path,
  listFilesSync: (dir) => {
    const prefix = dir === MEMORY_ROOT ? '' : `${shown(dir)}/`;
    return Object.keys(files)
      .filter((p) => p.startsWith(prefix))
      .map((p) => p.slice(prefix.length));
  },
});

/** Loads a configuration held in memory, its root module being the files at the top. */
export const loadInMemory = (files: Readonly<Record<string, string>>): Promise<LoadedTerraform> =>
  loadTerraform(MEMORY_ROOT, memoryTerraformIo(files));

/** Writes files (by relative path, folders made as needed) into a new temporary folder; returns its path. */
export const writeTempTree = (
  files: Readonly<Record<string, string | Buffer>>,
  prefix = 'nimbus-tf-',
): string => {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
};

/** Loads the folder `root` from disk the way `nimbus scan` does, paths shown relative to it. */
export const loadFolder = (root: string): Promise<LoadedTerraform> =>
  loadTerraform(root, nodeTerraformIo(root));

/** The loaded resources by address. */
export const resourcesByAddress = (loaded: LoadedTerraform): Record<string, TfResource> =>
  Object.fromEntries(loaded.resources.map((r) => [r.address, r]));

// ---------------------------------------------------------------------------------------------------------
// Plan JSON, as `terraform show -json` prints it

/** The address, mode, type and name by which a plan names a resource or data source. */
export const planAddress = (address: string) => {
  const data = address.startsWith('data.');
  const [type = '', name = ''] = (data ? address.slice('data.'.length) : address).split('.');
  return { address, mode: data ? 'data' : 'managed', type, name };
};

/** An entry of `planned_values`, from the provider `registry.terraform.io/hashicorp/<provider>`. */
export const plannedResource = (provider: string, address: string, values: Record<string, unknown>) => ({
  ...planAddress(address),
  provider_name: `registry.terraform.io/hashicorp/${provider}`,
  values,
});

/** An entry of `resource_changes`: created (read, for a data source), its id and `afterUnknown` unknown. */
export const plannedChange = (address: string, afterUnknown: Record<string, unknown> = {}) => ({
  ...planAddress(address),
  change: {
    actions: [address.startsWith('data.') ? 'read' : 'create'],
    after_unknown: { id: true, ...afterUnknown },
  },
});

/** An entry of the `configuration` section: the expressions of a resource's arguments. */
export const configuredResource = (address: string, expressions: Record<string, unknown>) => ({
  ...planAddress(address),
  expressions,
});

/** An expression of the `configuration` section that refers to other objects. */
export const references = (...refs: string[]) => ({ references: refs });

/** A plan's JSON text, indented so that each entry has lines of its own (as adapters locate entries by line). */
export const planJson = (plan: Readonly<Record<string, unknown>>): string => JSON.stringify(plan, null, 2);

/** A plan's JSON text read into a tree as a scan reads it, with the problems; throws when the text is no plan. */
export const parsePlanJson = (text: string): { tree: TreeMap; parseIssues: readonly YamlIssue[] } => {
  const { documents, issues: parseIssues } = parseDocuments(text);
  const tree = documents[0]?.tree;
  if (!isTerraformPlan(tree)) throw new Error('not a plan');
  return { tree, parseIssues };
};

/** What a plan's JSON text adapts to, with the problems of reading the text; throws when it is no plan. */
export const adaptPlanJson = (
  text: string,
  file = 'plan.json',
): { parseIssues: readonly YamlIssue[]; resources: Resource[]; issues: InputIssue[] } => {
  const { tree, parseIssues } = parsePlanJson(text);
  return { parseIssues, ...adaptPlan(file, tree) };
};

/**
 * A resource as the plan reader hands it to the adapters, from its values as a plan's `planned_values` lists
 * them (`""` for unset strings, as providers write them); its provider is the prefix of its type. Throws when
 * the plan reader reports a problem.
 */
export const planResource = (address: string, values: Record<string, unknown>): TfResource => {
  const provider = planAddress(address).type.split('_')[0] ?? '';
  const text = planJson({
    format_version: '1.2',
    planned_values: { root_module: { resources: [plannedResource(provider, address, values)] } },
  });
  const { resources, issues } = parsePlan('plan.json', parsePlanJson(text).tree);
  const [resource] = resources;
  if (!resource || issues.length > 0) throw new Error(`no plan resource: ${JSON.stringify(issues)}`);
  return resource;
};

/** `var.x` in expressions of evalExpression: a variable without a value. */
export const MISSING_VAR = unknown('variable "x" has no default and no value is given');

/** An expression evaluated where only `var.x` is defined, and unknown (see MISSING_VAR). */
export const evalExpression = (expr: string): TfValue =>
  evaluate(parseExpression(expr), {
    root: (name) =>
      name === 'var'
        ? new LazyObject(
            'var',
            (k) => (k === 'x' ? MISSING_VAR : undefined),
            () => null,
          )
        : undefined,
  });
