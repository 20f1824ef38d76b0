import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { isMapNode, scalarString, type TreeNode } from '../yaml/tree.js';
import { cfnAddress, type PropertyReader } from './fields.js';
import { isResourceRef, NO_VALUE } from './resolver.js';

// Typed reads that the PropertyReader does not offer: "is this property set to something" and lists of strings.

/**
 * Functions whose result is computed at deploy time but is never empty: a property written with one of them is
 * set, even though its value is not known before deployment.
 */
const ALWAYS_A_VALUE = new Set(['Fn::GetAtt', 'Fn::ImportValue', 'Fn::Sub', 'Fn::Join']);

/** The intrinsic function at the top of a node (`Fn::Sub`, `Ref`) and its argument, if any. */
const topFunction = (node: TreeNode | undefined): { name: string; arg: TreeNode } | undefined => {
  if (!isMapNode(node) || node.entries.size !== 1) return undefined;
  const [first] = [...node.entries];
  if (!first) return undefined;
  const [name, entry] = first;
  return name === 'Ref' || name.startsWith('Fn::') ? { name, arg: entry.value } : undefined;
};

/**
 * How to describe a node the template cannot resolve but that always yields a value once deployed
 * (`Fn::GetAtt`, `Fn::Sub`, a pseudo parameter such as `AWS::AccountId`); undefined for anything else.
 */
const deployTimeValue = (node: TreeNode | undefined): string | undefined => {
  const fn = topFunction(node);
  if (!fn) return undefined;
  if (ALWAYS_A_VALUE.has(fn.name)) return `${fn.name} (known at deploy time)`;
  const target = scalarString(fn.arg) ?? '';
  return fn.name === 'Ref' && target.startsWith('AWS::') && target !== 'AWS::NoValue'
    ? `${target} (known at deploy time)`
    : undefined;
};

/**
 * A property that names something (a key, a log group, a role), as far as the template shows it: the value as
 * written, the address of the template resource it points at (`AWS::KMS::Key TrailKey`), or a short description
 * of a deploy-time value (`Fn::Sub (known at deploy time)`). Undefined when it is not set (or removed with
 * AWS::NoValue or left empty); Unknown only when whether it is set at all depends on deploy-time input (a
 * parameter without default, a condition over one).
 */
export const readReference = (r: PropertyReader, node: TreeNode | undefined): Attr<string> | undefined => {
  const resolved = r.resolver.resolve(node);
  if (resolved === undefined || resolved === NO_VALUE) return undefined;
  if (isResourceRef(resolved)) return cfnAddress(resolved.ref);
  if (isUnknown(resolved)) return deployTimeValue(node) ?? resolved;
  if (resolved.type !== 'scalar')
    return unknown(`expected a single value, found a ${resolved.type === 'map' ? 'mapping' : 'list'}`);
  const text = resolved.value === null ? '' : String(resolved.value);
  return text === '' ? undefined : text;
};

/** A list of strings; a single string counts as a list of one, as IAM and several other properties allow. */
export const readStringList = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<readonly Attr<string>[]> | undefined => {
  const resolved = r.resolver.resolve(node);
  if (resolved === undefined || resolved === NO_VALUE) return undefined;
  if (isUnknown(resolved)) return resolved;
  if (isResourceRef(resolved) || resolved.type === 'scalar') {
    const one = r.str(node);
    return one === undefined ? undefined : [one];
  }
  if (resolved.type === 'map') return unknown('expected a list, found a mapping');
  return resolved.items.flatMap((item) => {
    const value = r.str(item);
    return value === undefined ? [] : [value];
  });
};
