import { type Unknown, unknown } from '../../model/value.js';
import { child, isMapNode, scalarString, type TreeNode } from '../yaml/tree.js';

// `Fn::Transform` runs a macro (most often AWS::Include, which pastes a snippet from S3) when a change set is
// created, so what it yields is not in the template. It may stand alone as a value or sit beside other keys of a
// mapping, whose content it then extends: either way that content cannot be read before deployment.

/** How to name a transform in a reason: `AWS::Include of s3://bucket/rules.yaml`, a macro's name, or nothing. */
const describeTransform = (arg: TreeNode | undefined): string => {
  const name = scalarString(child(arg, 'Name'));
  const location = scalarString(child(child(arg, 'Parameters'), 'Location'));
  if (name === 'AWS::Include') return location ? ` (AWS::Include of ${location})` : ' (AWS::Include)';
  return name ? ` (${name})` : '';
};

/**
 * Unknown when `node` is a mapping that holds an `Fn::Transform` key, saying what the transform is; undefined for
 * any other node. `what` names the content in the reason (`the content`, `mapping RegionMap`).
 */
export const transformed = (node: TreeNode | undefined, what = 'the content'): Unknown | undefined => {
  if (!isMapNode(node)) return undefined;
  const entry = node.entries.get('Fn::Transform');
  if (!entry) return undefined;
  const fn = `Fn::Transform${describeTransform(entry.value)}`;
  // Beside other keys the transform only extends the mapping; alone it is the whole value.
  const how =
    node.entries.size > 1 ? 'adds to it' : fn.includes('AWS::Include') ? 'inserts it' : 'computes it';
  return unknown(`${what} is known only at deploy time: ${fn} ${how}`);
};
