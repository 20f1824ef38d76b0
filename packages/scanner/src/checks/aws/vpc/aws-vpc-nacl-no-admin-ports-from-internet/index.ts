import {
  type AddressFamily,
  type Attr,
  allAddressesOf,
  defineCheck,
  type Finding,
  fail,
  isUnknown,
  type NetworkAcl,
  type NetworkAclEntry,
  pass,
  type Unknown,
  unknown,
  unresolved,
} from '../../kit.js';

const ADMIN_PORTS = [
  [22, 'SSH (port 22)'],
  [3389, 'RDP (port 3389)'],
] as const;

/** Each family's CIDR key, and how messages name all of its addresses. */
const FAMILIES = [
  ['cidrIpv4', 'v4', '0.0.0.0/0'],
  ['cidrIpv6', 'v6', '::/0'],
] as const;

/**
 * Whether an inbound entry applies to traffic from any address of one family to `port`: its block holds every
 * address of the family (a prefix length of 0).
 */
const matches = (
  entry: NetworkAclEntry,
  cidrKey: 'cidrIpv4' | 'cidrIpv6',
  family: AddressFamily,
  port: number,
): Attr<boolean> => {
  const cidr = entry[cidrKey];
  if (cidr === undefined) return false;
  if (isUnknown(cidr)) return cidr;
  if (allAddressesOf(cidr) !== family) return false;
  const { protocol, fromPort, toPort } = entry;
  if (protocol === undefined) return unknown('the entry sets no Protocol');
  if (isUnknown(protocol)) return protocol;
  if (protocol === '-1' || protocol === 'all') return true;
  if (protocol !== 'tcp') return false;
  if (isUnknown(fromPort)) return fromPort;
  if (isUnknown(toPort)) return toPort;
  if (fromPort === undefined || toPort === undefined) return unknown('the entry sets no port range');
  return fromPort <= port && port <= toPort;
};

/**
 * The entry that decides whether the internet reaches `port`: the inbound entry with the lowest rule number that
 * matches. Unknown when an entry that might match comes before any known match.
 */
const decidingEntry = (
  acl: NetworkAcl,
  cidrKey: 'cidrIpv4' | 'cidrIpv6',
  family: AddressFamily,
  port: number,
): { entry: NetworkAclEntry; why?: Unknown } | undefined => {
  const inbound = acl.entries.filter((e) => e.egress !== true);
  const numbered = inbound.filter((e) => typeof e.ruleNumber === 'number');
  const unnumbered = inbound.filter((e) => typeof e.ruleNumber !== 'number');
  const ordered = [...numbered].sort((a, b) => Number(a.ruleNumber) - Number(b.ruleNumber));
  for (const entry of ordered) {
    const hit = matches(entry, cidrKey, family, port);
    if (hit === false) continue;
    if (isUnknown(hit)) return { entry, why: hit };
    if (isUnknown(entry.action)) return { entry, why: entry.action };
    const before = unnumbered.find((e) => matches(e, cidrKey, family, port) !== false);
    if (before && isUnknown(before.ruleNumber)) return { entry: before, why: before.ruleNumber };
    return { entry };
  }
  const rest = unnumbered.find((e) => matches(e, cidrKey, family, port) !== false);
  return rest
    ? {
        entry: rest,
        why: isUnknown(rest.ruleNumber) ? rest.ruleNumber : unknown('the entry sets no rule number'),
      }
    : undefined;
};

const nameOf = (acl: NetworkAcl, entry: NetworkAclEntry) =>
  entry.address === acl.address ? 'the entry' : entry.address;

export const check = defineCheck(import.meta.url, {
  id: 'aws-vpc-nacl-no-admin-ports-from-internet',
  title: 'Network ACLs do not admit SSH or RDP from the internet',
  description:
    'Evaluates the inbound entries of each network ACL in rule-number order, as AWS does, for traffic from ' +
    '0.0.0.0/0 and from ::/0 to TCP ports 22 and 3389. Fails when the first matching entry allows it (an entry ' +
    'for all protocols, or a TCP range containing the port); passes when a deny comes first or no entry matches ' +
    '(a custom ACL denies what it does not allow). Entries whose ACL is outside the template are judged alone.',
  rationale:
    'Network ACLs are the subnet-level firewall of the virtual network and the outer layer under security ' +
    'groups. An ACL that lets the whole internet reach remote administration ports leaves a single security ' +
    'group, often edited by hand, as the only barrier in front of SSH and RDP.',
  severity: 'medium',
  provider: 'aws',
  service: 'vpc',
  resourceKinds: ['aws.ec2.network-acl'],
  remediation: {
    summary:
      'Allow ports 22 and 3389 only from your administration ranges, or add lower-numbered deny entries for them from 0.0.0.0/0 and ::/0.',
    terraform:
      'resource "aws_network_acl_rule" "deny_ssh" {\n  network_acl_id = aws_network_acl.public.id\n  rule_number    = 90\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 22\n  to_port        = 22\n}',
    cli: 'aws ec2 create-network-acl-entry --network-acl-id acl-0123456789abcdef0 --ingress --rule-number 90 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
  evaluate(acl) {
    const findings = new Map<string, Finding>();
    for (const [port, what] of ADMIN_PORTS)
      for (const [cidrKey, family, allOfFamily] of FAMILIES) {
        const decided = decidingEntry(acl, cidrKey, family, port);
        if (!decided) continue;
        const { entry, why } = decided;
        // The block as written when it is one (`10.0.0.0/0` holds every address too), else the family's.
        const written = entry[cidrKey];
        const anywhere = typeof written === 'string' ? written.trim() : allOfFamily;
        const name = nameOf(acl, entry);
        const extra = { line: entry.location.line, subject: name };
        const previous = findings.get(name);
        if (why) {
          if (!previous)
            findings.set(name, unresolved(`whether ${name} admits ${what} from ${anywhere}`, why, extra));
        } else if (entry.action === 'allow') {
          const message = `${name} allows ${what} from ${anywhere}`;
          findings.set(
            name,
            previous?.status === 'fail'
              ? fail(`${previous.message}; also ${what} from ${anywhere}`, extra)
              : fail(message, extra),
          );
        }
      }
    return findings.size > 0 ? [...findings.values()] : pass('no entry admits SSH or RDP from the internet');
  },
});
