import type { NetworkAcl, NetworkAclEntry } from '../../model/aws.js';
import { protocolAttr } from '../../model/aws-protocol.js';
import { isUnknown, type Unknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { resourceBase } from './adapt-base.js';
import type { TfObject, TfResource } from './tf-resource.js';
import { blocks, bool, get, lowerCased, num, str } from './tf-values.js';

// Network ACLs: aws_network_acl and aws_default_network_acl with their inline `ingress` and `egress` blocks,
// and the aws_network_acl_rule resources that name them. Terraform manages every rule of these ACLs, so the
// entries declared are all the entries (a default ACL without blocks has its rules removed). Inline entries
// are named `aws_network_acl.public ingress[0]`; a rule whose ACL is not declared here is an ACL of its own,
// as in the CloudFormation adapter.

export const ACL_TYPES = ['aws_network_acl', 'aws_default_network_acl'] as const;
export const ACL_RULE_TYPE = 'aws_network_acl_rule';

/** The settings of one entry, whichever resource declares it. */
const entrySettings = (source: TfObject, numberKey: string, actionKey: string) => ({
  ruleNumber: num(source, numberKey),
  protocol: protocolAttr(str(source, 'protocol')),
  action: lowerCased(str(source, actionKey)),
  cidrIpv4: str(source, 'cidr_block'),
  cidrIpv6: str(source, 'ipv6_cidr_block'),
  fromPort: num(source, 'from_port'),
  toPort: num(source, 'to_port'),
});

const unresolvedEntry = (why: Unknown) => ({
  ruleNumber: why,
  protocol: why,
  action: why,
  cidrIpv4: why,
  cidrIpv6: why,
  fromPort: why,
  toPort: why,
});

/** The `ingress` or `egress` blocks of an ACL resource. */
const inlineEntries = (r: TfResource, key: 'ingress' | 'egress'): NetworkAclEntry[] => {
  const egress = key === 'egress';
  const list = blocks(r.values, key);
  const file = r.location.file;
  if (isUnknown(list))
    return [
      {
        address: `${r.address} ${key}`,
        location: { file, line: partLine(r, key) },
        egress,
        ...unresolvedEntry(list),
      },
    ];
  return list.map((b, i) => ({
    address: `${r.address} ${key}[${i}]`,
    location: { file, line: partLine(r, `${key}.${i}`, key) },
    egress,
    ...(isUnknown(b) ? unresolvedEntry(b) : entrySettings(b, 'rule_no', 'action')),
  }));
};

/** An aws_network_acl_rule. `egress` unset is false (an inbound entry), which the model's undefined means. */
const ruleEntry = (r: TfResource): NetworkAclEntry => ({
  address: r.address,
  location: r.location,
  egress: bool(r.values, 'egress'),
  ...entrySettings(r.values, 'rule_number', 'rule_action'),
});

/** The same AWS entry (a direction and a rule number are unique within an ACL). */
const entryKey = (e: NetworkAclEntry): string | undefined =>
  typeof e.ruleNumber === 'number' && !isUnknown(e.egress)
    ? `${e.egress === true ? 'egress' : 'ingress'} ${e.ruleNumber}`
    : undefined;

/**
 * Every ACL of the configuration with its entries, then each rule whose ACL is not declared (a variable, a
 * data source, a literal id of another ACL) as an ACL of its own.
 */
export const adaptNetworkAcls = (ctx: TfContext): NetworkAcl[] => {
  const byAcl = new Map<string, NetworkAclEntry[]>();
  const orphans: NetworkAcl[] = [];
  for (const rule of ctx.ofType(ACL_RULE_TYPE)) {
    const entry = ruleEntry(rule);
    const acl = ctx.target(get(rule.values, 'network_acl_id'), ACL_TYPES);
    if (acl !== undefined && !isUnknown(acl) && acl.mode === 'managed')
      byAcl.set(acl.address, [...(byAcl.get(acl.address) ?? []), entry]);
    else orphans.push({ ...resourceBase('aws', rule, 'aws.ec2.network-acl'), entries: [entry] });
  }
  const acls = ctx.ofType(...ACL_TYPES).map((r): NetworkAcl => {
    const standalone = byAcl.get(r.address) ?? [];
    // A plan of an existing ACL lists the entries of its rule resources among its own: keep one of each.
    const taken = new Set(standalone.map(entryKey).filter((k) => k !== undefined));
    const inline = [...inlineEntries(r, 'ingress'), ...inlineEntries(r, 'egress')].filter(
      (e) => !taken.has(entryKey(e) ?? ''),
    );
    return { ...resourceBase('aws', r, 'aws.ec2.network-acl'), entries: [...inline, ...standalone] };
  });
  return [...acls, ...orphans];
};
