import type { NetworkSecurityGroup, NsgRule } from '../../model/azure.js';
import { type Attr, allOf, anyOf, isUnknown, type Unknown, unknown } from '../../model/value.js';
import { allAddressesOf } from '../lib/cidr.js';
import { portSpecAdmits as portRangeAdmits } from '../lib/port-range.js';

// How Azure evaluates the inbound rules of a network security group: in ascending priority, the first rule that
// matches the traffic decides; after the custom rules, default rules deny inbound internet traffic.

/** Service tags that admit every internet address, lower-cased (`*` and `Any` mean anything). */
const EVERY_ADDRESS = new Set(['*', 'any', 'internet']);

/** A test of whether a source prefix admits every internet address of one family. */
export type AddressTest = (source: string) => boolean;

/** Per family, whether a source prefix admits all of its addresses: a tag above or a block of prefix length 0. */
export const INTERNET_FAMILIES: readonly (readonly ['IPv4' | 'IPv6', AddressTest])[] = [
  ['IPv4', (s) => EVERY_ADDRESS.has(s.trim().toLowerCase()) || allAddressesOf(s) === 'v4'],
  ['IPv6', (s) => EVERY_ADDRESS.has(s.trim().toLowerCase()) || allAddressesOf(s) === 'v6'],
];

/** Whether a destination port spec (`22`, `20-25`, `*`) contains `port`. */
export const portSpecAdmits = (spec: string, port: number): Attr<boolean> =>
  portRangeAdmits(spec, port, { star: true });

const required = <T>(value: Attr<T> | undefined, what: string): Attr<T> =>
  value === undefined ? unknown(`the rule sets no ${what}`) : value;

/** Whether `rule` applies to inbound TCP traffic to `port` from any address that `family` holds. */
export const ruleMatches = (rule: NsgRule, family: AddressTest, port: number): Attr<boolean> => {
  const direction = required(rule.direction, 'direction');
  const protocol = required(rule.protocol, 'protocol');
  const sources = rule.sourcePrefixes;
  const ports = rule.destinationPorts;
  return allOf([
    isUnknown(direction) ? direction : direction === 'inbound',
    isUnknown(protocol) ? protocol : protocol === '*' || protocol === 'tcp',
    isUnknown(sources) ? sources : anyOf(sources, family).value,
    isUnknown(ports)
      ? ports
      : ports.length === 0
        ? unknown('the rule sets no destination port')
        : anyOf(ports, (p) => portSpecAdmits(p, port)).value,
  ]).value;
};

/** The rule that decides a flow, and why it cannot be told when an Unknown stands in the way. */
export interface Decision {
  readonly rule: NsgRule;
  readonly why?: Unknown;
}

/**
 * The rule that decides whether inbound TCP traffic from `family` reaches `port`: the matching rule of lowest
 * priority number. Undefined when no custom rule matches (Azure's default rules then deny the internet). An
 * Unknown `why` when a rule that might match, or whose priority or access cannot be resolved, comes first.
 */
export const decidingRule = (
  group: NetworkSecurityGroup,
  family: AddressTest,
  port: number,
): Decision | undefined => {
  const numbered = group.rules.filter((r) => typeof r.priority === 'number');
  const ordered = [...numbered].sort((a, b) => Number(a.priority) - Number(b.priority));
  // Rules whose priority cannot be resolved may come anywhere: they matter when they might match and their
  // access differs from the outcome otherwise.
  const unplaced = group.rules.filter(
    (r) => typeof r.priority !== 'number' && ruleMatches(r, family, port) !== false,
  );
  const placeless = (access: string): Decision | undefined => {
    const other = unplaced.find((r) => r.access !== access);
    if (!other) return undefined;
    return {
      rule: other,
      why: isUnknown(other.priority) ? other.priority : unknown('the rule sets no priority'),
    };
  };
  for (const rule of ordered) {
    const hit = ruleMatches(rule, family, port);
    if (hit === false) continue;
    if (isUnknown(hit)) return { rule, why: hit };
    const access = required(rule.access, 'access');
    if (isUnknown(access)) return { rule, why: access };
    return placeless(access) ?? { rule };
  }
  // No custom rule decides: Azure's default rules deny inbound internet traffic.
  return placeless('deny');
};
