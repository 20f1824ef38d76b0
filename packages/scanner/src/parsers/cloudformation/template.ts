import { child, isMapNode, scalarString, type TreeMap, type TreeNode } from '../yaml/tree.js';

export interface CfnParameter {
  readonly name: string;
  readonly default?: TreeNode;
  readonly line: number;
}

export interface CfnResource {
  readonly logicalId: string;
  readonly type: string;
  /** Line of the logical id. */
  readonly line: number;
  readonly properties?: TreeNode;
  /** The resource's own `Condition`: it is created only when that condition is true. */
  readonly condition?: string;
}

export interface CfnTemplate {
  readonly parameters: ReadonlyMap<string, CfnParameter>;
  readonly conditions: ReadonlyMap<string, TreeNode>;
  readonly mappings?: TreeNode;
  readonly resources: readonly CfnResource[];
}

/** True when a document looks like a CloudFormation (or SAM) template. */
export const isCloudFormation = (tree: TreeNode | undefined): tree is TreeMap => {
  if (!isMapNode(tree)) return false;
  if (tree.entries.has('AWSTemplateFormatVersion')) return true;
  const resources = child(tree, 'Resources');
  if (!isMapNode(resources)) return false;
  return [...resources.entries.values()].some((e) =>
    /^[A-Za-z0-9]+::/.test(scalarString(child(e.value, 'Type')) ?? ''),
  );
};

const sectionEntries = (tree: TreeMap, name: string) => {
  const section = child(tree, name);
  return isMapNode(section) ? [...section.entries] : [];
};

/**
 * The name in a resource's `Condition` key. A name that `Conditions` does not define (a typo) or a value that is
 * not a name is a problem of the template: it is reported, and the resource is checked as if it were created.
 */
const resourceCondition = (
  logicalId: string,
  resource: TreeNode,
  conditions: ReadonlyMap<string, TreeNode>,
  problems: { message: string; line: number }[],
): string | undefined => {
  if (!isMapNode(resource)) return undefined;
  const entry = resource.entries.get('Condition');
  if (!entry) return undefined;
  const name = scalarString(entry.value);
  if (name === undefined || name === '') {
    problems.push({
      message: `resource ${logicalId} has a Condition that is not a condition name: it is checked as if it were created; write the name of a condition defined under Conditions`,
      line: entry.keyLine,
    });
    return undefined;
  }
  if (!conditions.has(name))
    problems.push({
      message: `resource ${logicalId} has Condition ${name}, which is not defined under Conditions: it is checked as if it were created; define ${name} under Conditions or correct the name`,
      line: entry.keyLine,
    });
  return name;
};

/** Reads the sections of a template that the adapters need. */
export const readTemplate = (
  tree: TreeMap,
): { template: CfnTemplate; problems: { message: string; line: number }[] } => {
  const problems: { message: string; line: number }[] = [];
  const parameters = new Map<string, CfnParameter>();
  for (const [name, entry] of sectionEntries(tree, 'Parameters')) {
    const def = child(entry.value, 'Default');
    parameters.set(name, { name, line: entry.keyLine, ...(def ? { default: def } : {}) });
  }
  const conditions = new Map<string, TreeNode>();
  for (const [name, entry] of sectionEntries(tree, 'Conditions')) conditions.set(name, entry.value);
  const resources: CfnResource[] = [];
  for (const [logicalId, entry] of sectionEntries(tree, 'Resources')) {
    const type = scalarString(child(entry.value, 'Type'));
    if (!type) {
      problems.push({ message: `resource ${logicalId} has no Type`, line: entry.keyLine });
      continue;
    }
    const properties = child(entry.value, 'Properties');
    const condition = resourceCondition(logicalId, entry.value, conditions, problems);
    resources.push({
      logicalId,
      type,
      line: entry.keyLine,
      ...(properties ? { properties } : {}),
      ...(condition !== undefined ? { condition } : {}),
    });
  }
  const mappings = child(tree, 'Mappings');
  return { template: { parameters, conditions, resources, ...(mappings ? { mappings } : {}) }, problems };
};
