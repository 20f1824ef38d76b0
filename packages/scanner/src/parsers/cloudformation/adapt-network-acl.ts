import type { NetworkAcl, NetworkAclEntry } from '../../model/aws.js';
import { protocolAttr } from '../../model/aws-protocol.js';
import { isUnknown, unknown } from '../../model/value.js';
import type { TreeMap } from '../yaml/tree.js';
import { type AdaptContext, begin } from './adapt-context.js';
import { cfnAddress, PropertyReader } from './fields.js';
import type { CfnResource } from './template.js';

/** One AWS::EC2::NetworkAclEntry, from its properties. */
const aclEntry = (
  r: PropertyReader,
  props: TreeMap | undefined,
  entry: CfnResource,
  file: string,
): NetworkAclEntry => {
  const range = r.map(r.at(props, 'PortRange'));
  const ports = isUnknown(range)
    ? { fromPort: range, toPort: range }
    : { fromPort: r.num(r.at(range, 'From')), toPort: r.num(r.at(range, 'To')) };
  const action = r.str(r.at(props, 'RuleAction'));
  return {
    address: cfnAddress(entry),
    location: { file, line: entry.line },
    ruleNumber: r.num(r.at(props, 'RuleNumber')),
    protocol: protocolAttr(r.str(r.at(props, 'Protocol'))),
    action: action === undefined || isUnknown(action) ? action : action.toLowerCase(),
    egress: r.bool(r.at(props, 'Egress')),
    cidrIpv4: r.str(r.at(props, 'CidrBlock')),
    cidrIpv6: r.str(r.at(props, 'Ipv6CidrBlock')),
    ...ports,
  };
};

/** Every NetworkAclEntry of the template, with the ACL it names (a template resource, or Unknown). */
const templateEntries = (ctx: AdaptContext) =>
  ctx.resolver.resourcesOfType('AWS::EC2::NetworkAclEntry').map((entry) => {
    const r = new PropertyReader(ctx.resolver);
    const props = r.map(entry.properties);
    const known = props && !isUnknown(props) ? props : undefined;
    const acl = known ? r.resourceRef(r.at(known, 'NetworkAclId')) : unknown('the entry has no properties');
    return { entry, acl, model: aclEntry(r, known, entry, ctx.file) };
  });

/** AWS::EC2::NetworkAcl with the AWS::EC2::NetworkAclEntry resources that name it. */
export const adaptNetworkAcl = (resource: CfnResource, ctx: AdaptContext): NetworkAcl => {
  const { base } = begin(resource, ctx, 'aws.ec2.network-acl');
  const entries = templateEntries(ctx)
    .filter(({ acl }) => acl !== undefined && !isUnknown(acl) && acl.logicalId === resource.logicalId)
    .map(({ model }) => model);
  return { ...base, entries };
};

/**
 * A NetworkAclEntry whose ACL is not declared in the template (a parameter, an import, a literal id) becomes an
 * ACL of its own, so its rule is still checked. Entries of template ACLs are adapted with their ACL.
 */
export const adaptOrphanAclEntry = (resource: CfnResource, ctx: AdaptContext): NetworkAcl | undefined => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.ec2.network-acl');
  const acl = r.resourceRef(r.at(props, 'NetworkAclId'));
  if (acl && !isUnknown(acl) && acl.type === 'AWS::EC2::NetworkAcl') return undefined;
  return { ...base, entries: [aclEntry(r, props, resource, ctx.file)] };
};
