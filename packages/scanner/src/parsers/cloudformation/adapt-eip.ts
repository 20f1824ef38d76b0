import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TreeMap, TreeNode } from '../yaml/tree.js';
import type { AdaptContext } from './adapt-context.js';
import { cfnAddress, PropertyReader } from './fields.js';
import { isResourceRef, NO_VALUE } from './resolver.js';
import type { CfnResource } from './template.js';

// The Elastic IPs associated with an instance: AWS::EC2::EIP (InstanceId) and AWS::EC2::EIPAssociation
// (InstanceId, else NetworkInterfaceId), as flow logs are linked to VPCs: those that name the instance, or a
// network interface it attaches, for sure, and those whose target cannot be resolved and may be it.

/**
 * The logical id of the template resource a property names; `false` when it names none (not set, or a literal id:
 * a resource of the template gets its id when created, so no literal written in it can name one); Unknown when it
 * cannot be resolved (a parameter without default, a condition that depends on one).
 */
const named = (r: PropertyReader, node: TreeNode | undefined): string | false | Unknown => {
  const resolved = r.resolver.resolve(node);
  if (resolved === undefined || resolved === NO_VALUE) return false;
  if (isResourceRef(resolved)) return resolved.ref.logicalId;
  if (isUnknown(resolved)) return resolved;
  return resolved.type === 'scalar' ? false : unknown('expected an id or a reference to a resource');
};

/** What an EIP or an association names: the instance or the network interface it attaches the address to. */
const targetOf = (r: PropertyReader, eip: CfnResource, props: TreeMap) => {
  const instance = r.at(props, 'InstanceId');
  const given = r.resolver.resolve(instance);
  if (eip.type === 'AWS::EC2::EIP' || (given !== undefined && given !== NO_VALUE))
    return { property: 'InstanceId', target: named(r, instance) };
  return { property: 'NetworkInterfaceId', target: named(r, r.at(props, 'NetworkInterfaceId')) };
};

/** How the address is named: the EIP itself, or the AWS::EC2::EIP of the template an association attaches. */
const eipName = (r: PropertyReader, link: CfnResource, props: TreeMap): string => {
  if (link.type === 'AWS::EC2::EIP') return cfnAddress(link);
  for (const key of ['AllocationId', 'EIP']) {
    const ref = r.resolver.resolve(r.at(props, key));
    if (isResourceRef(ref) && ref.ref.type === 'AWS::EC2::EIP') return cfnAddress(ref.ref);
  }
  return cfnAddress(link);
};

/**
 * The Elastic IPs associated with `instance` (see `NetworkPlacement.elasticIps`): those that name it, or one of
 * the network interfaces it attaches at launch (`interfaces`, by logical id).
 */
export const elasticIps = (
  instance: CfnResource,
  ctx: AdaptContext,
  interfaces: ReadonlySet<string>,
): Attr<readonly string[]> => {
  const names = new Set<string>();
  let doubt: Unknown | undefined;
  const links = [
    ...ctx.resolver.resourcesOfType('AWS::EC2::EIP'),
    ...ctx.resolver.resourcesOfType('AWS::EC2::EIPAssociation'),
  ].sort((a, b) => a.line - b.line);
  for (const link of links) {
    const r = new PropertyReader(ctx.resolver);
    const props = r.map(link.properties);
    const may = (why: string) => unknown(`${cfnAddress(link)} may name this instance: ${why}`);
    if (props === undefined) continue;
    if (isUnknown(props)) {
      doubt ??= may(`its properties cannot be resolved (${props.reason})`);
      continue;
    }
    const { property, target } = targetOf(r, link, props);
    if (isUnknown(target))
      doubt ??= may(
        property === 'InstanceId' ? target.reason : `its network interface is unknown: ${target.reason}`,
      );
    else if (
      target === instance.logicalId ||
      (property === 'NetworkInterfaceId' && target && interfaces.has(target))
    )
      names.add(eipName(r, link, props));
  }
  // Only the first that may is named, as for other links: a message must not grow with the template.
  return names.size > 0 ? [...names] : (doubt ?? []);
};
