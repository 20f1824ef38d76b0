import type { SecurityGroup, SecurityGroupRule } from '../../model/aws.js';
import { type Attr, allOf, anyOf, firstUnknown, isUnknown, unknown } from '../../model/value.js';
import { type Finding, fail, pass } from '../check.js';
import { admitsAllAddresses } from './cidr.js';
import { unresolved } from './unresolved.js';

/** True when the rule admits any address (0.0.0.0/0, ::/0 or another block with a prefix length of 0). */
export const fromInternet = (rule: SecurityGroupRule): Attr<boolean> =>
  anyOf([rule.cidrIpv4, rule.cidrIpv6], (c) => c !== undefined && admitsAllAddresses(c)).value;

/** True when the rule admits `port` over one of `protocols` (protocol `-1` admits everything). */
export const admitsPort = (
  rule: SecurityGroupRule,
  protocols: readonly string[],
  port: number,
): Attr<boolean> => {
  if (isUnknown(rule.protocol)) return rule.protocol;
  if (rule.protocol === '-1' || rule.protocol === 'all') return true;
  if (!protocols.includes(rule.protocol)) return false;
  const { fromPort, toPort } = rule;
  if (isUnknown(fromPort)) return fromPort;
  if (isUnknown(toPort)) return toPort;
  if (fromPort === undefined || toPort === undefined) return unknown('the rule sets no port range');
  if (fromPort === -1 && toPort === -1) return true;
  return fromPort <= port && port <= toPort;
};

/** True when the rule admits every port of every protocol. */
export const admitsAllPorts = (rule: SecurityGroupRule): Attr<boolean> => {
  if (isUnknown(rule.protocol)) return rule.protocol;
  if (rule.protocol === '-1' || rule.protocol === 'all') return true;
  if (rule.protocol !== 'tcp' && rule.protocol !== 'udp') return false;
  const { fromPort, toPort } = rule;
  const doubt = firstUnknown(fromPort, toPort);
  if (doubt) return doubt;
  return (fromPort === 0 || fromPort === -1) && (toPort === 65535 || toPort === -1);
};

const source = (rule: SecurityGroupRule) =>
  [rule.cidrIpv4, rule.cidrIpv6]
    .filter((c): c is string => typeof c === 'string' && admitsAllAddresses(c))
    .join(' and ');

/** Inline rules are named relative to their group (`ingress[0]`), standalone ones by their own address. */
const ruleName = (group: SecurityGroup, rule: SecurityGroupRule): string => {
  const { address } = rule;
  const prefix = group.address.length;
  const inline =
    address.length > prefix && address.charCodeAt(prefix) === 32 && address.startsWith(group.address);
  return inline ? address.slice(prefix + 1) : address;
};

/**
 * One finding per rule that opens what `admits` tests to the internet; a single pass when none does; an
 * unknown per rule that might. `opened` names what a failing rule opens when it is more precise than `what`
 * (the database ports of its range).
 */
export const checkInternetIngress = (
  group: SecurityGroup,
  what: string,
  admits: (rule: SecurityGroupRule) => Attr<boolean>,
  opened: (rule: SecurityGroupRule) => string = () => what,
): Finding[] => {
  const findings: Finding[] = [];
  for (const rule of group.ingress) {
    if (rule.otherSource && rule.cidrIpv4 === undefined && rule.cidrIpv6 === undefined) continue;
    const open = fromInternet(rule);
    // Open to the internet and admitting what is tested; `admits` is only asked when the rule might be open.
    const opens = open === false ? false : allOf([open, admits(rule)]).value;
    if (opens === false) continue;
    const name = ruleName(group, rule);
    const extra = { line: rule.location.line, subject: name };
    if (opens === true) findings.push(fail(`${name} opens ${opened(rule)} to ${source(rule)}`, extra));
    else findings.push(unresolved(`whether ${name} opens ${what} to the internet`, opens, extra));
  }
  return findings.length > 0 ? findings : [pass(`no ingress rule opens ${what} to the internet`)];
};
