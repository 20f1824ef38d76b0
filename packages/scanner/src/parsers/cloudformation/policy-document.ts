import type { PolicyStatement } from '../../model/aws.js';
import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TreeMap, TreeNode } from '../yaml/tree.js';
import type { PropertyReader } from './fields.js';
import { readStringList } from './read-values.js';
import { isResourceRef, NO_VALUE } from './resolver.js';

// IAM policy documents as CloudFormation carries them: a mapping (YAML or JSON), or the same document as a JSON
// string. Statements keep their lines; a document given as a string puts every statement on the string's line.

const MAX_DOCUMENT_DEPTH = 32;

/** A JSON value as a tree whose every node sits on `line`, so string documents read like inline ones. */
const plainToTree = (value: unknown, line: number, depth = 0): TreeNode => {
  if (depth > MAX_DOCUMENT_DEPTH) return { type: 'scalar', line, value: null };
  if (Array.isArray(value))
    return { type: 'seq', line, items: value.map((v) => plainToTree(v, line, depth + 1)) };
  if (typeof value === 'object' && value !== null)
    return {
      type: 'map',
      line,
      entries: new Map(
        Object.entries(value).map(([k, v]) => [k, { keyLine: line, value: plainToTree(v, line, depth + 1) }]),
      ),
    };
  return {
    type: 'scalar',
    line,
    value:
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null,
  };
};

/** The document as a mapping: inline, or parsed from a JSON string. */
const documentMap = (r: PropertyReader, node: TreeNode | undefined): TreeMap | Unknown | undefined => {
  const resolved = r.resolver.resolve(node);
  if (resolved === undefined || resolved === NO_VALUE) return undefined;
  if (isUnknown(resolved)) return resolved;
  if (isResourceRef(resolved)) return unknown("the policy document is another resource's attribute");
  if (resolved.type === 'map') return resolved;
  if (resolved.type === 'seq') return unknown('the policy document is a list, not a mapping');
  if (typeof resolved.value !== 'string') return unknown('the policy document is not a mapping');
  let parsed: unknown;
  try {
    parsed = JSON.parse(resolved.value);
  } catch {
    return unknown('the policy document is a string that is not valid JSON');
  }
  const tree = plainToTree(parsed, resolved.line);
  return tree.type === 'map' ? tree : unknown('the policy document is not a JSON object');
};

const statement = (r: PropertyReader, node: TreeNode): PolicyStatement | Unknown => {
  const m = r.map(node);
  if (!m) return unknown('an empty statement');
  if (isUnknown(m)) return m;
  return {
    sid: r.str(r.at(m, 'Sid')),
    effect: r.str(r.at(m, 'Effect')),
    actions: readStringList(r, r.at(m, 'Action')),
    notActions: readStringList(r, r.at(m, 'NotAction')),
    resources: readStringList(r, r.at(m, 'Resource')),
    notResources: readStringList(r, r.at(m, 'NotResource')),
    conditional: r.at(m, 'Condition') !== undefined,
    line: node.line,
  };
};

/**
 * The statements of a policy document. Unknown as a whole when the document or its Statement list cannot be
 * resolved; a single statement that cannot be resolved becomes one whose effect is Unknown.
 */
export const readPolicyStatements = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<readonly PolicyStatement[]> => {
  const doc = documentMap(r, node);
  if (doc === undefined) return unknown('the policy has no document');
  if (isUnknown(doc)) return doc;
  const statementNode = r.at(doc, 'Statement');
  const resolved = r.resolver.resolve(statementNode);
  if (resolved === undefined || resolved === NO_VALUE) return [];
  if (isUnknown(resolved)) return resolved;
  if (isResourceRef(resolved)) return unknown("the Statement is another resource's attribute");
  const items = resolved.type === 'seq' ? resolved.items : [resolved];
  return items.map((item) => {
    const s = statement(r, item);
    return isUnknown(s) ? { effect: s, conditional: false, line: item.line } : s;
  });
};
