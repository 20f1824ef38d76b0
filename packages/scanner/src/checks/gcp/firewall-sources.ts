import type { FirewallPermission, FirewallRule } from '../../model/gcp.js';
import { type Attr, anyOf, firstUnknown, isKnown, isUnknown, unknown } from '../../model/value.js';
import { admitsAllAddresses } from '../lib/cidr.js';
import { portSpecAdmits } from '../lib/port-range.js';

/**
 * Whether an ingress rule admits traffic from any address, with the sources that make it so: a range of every
 * address, or no source at all (Google Cloud then applies the rule to 0.0.0.0/0).
 */
export const fromInternet = (rule: FirewallRule): { open: Attr<boolean>; sources: string } => {
  const ranges = rule.sourceRanges;
  if (isUnknown(ranges)) return { open: ranges, sources: '' };
  if (ranges !== undefined) {
    const open = anyOf(ranges, admitsAllAddresses).value;
    if (open !== true) return { open, sources: '' };
    const sources = ranges.filter((r): r is string => !isUnknown(r) && admitsAllAddresses(r));
    return { open, sources: sources.join(' and ') };
  }
  const others = [rule.sourceTags, rule.sourceServiceAccounts];
  if (others.some(isKnown)) return { open: false, sources: '' };
  const unresolvedOther = firstUnknown(...others);
  if (unresolvedOther)
    return {
      open: unknown(
        `the rule sets no source range and its other sources cannot be resolved: ${unresolvedOther.reason}`,
      ),
      sources: '',
    };
  return { open: true, sources: 'every address (no source is set, so 0.0.0.0/0 applies)' };
};

/** True when the port list covers `port`; an absent or empty list covers every port. */
export const portsCover = (ports: Attr<readonly Attr<string>[]> | undefined, port: number): Attr<boolean> => {
  if (ports === undefined) return true;
  if (isUnknown(ports)) return ports;
  if (ports.length === 0) return true;
  return anyOf(ports, (p) => portSpecAdmits(p, port)).value;
};

/** True when the entry admits TCP `port`: protocol `all`, or `tcp` with ports that cover it. */
export const admitsPort = (permission: FirewallPermission, port: number): Attr<boolean> => {
  const { protocol } = permission;
  if (isUnknown(protocol)) return protocol;
  if (protocol === 'all') return true;
  if (protocol !== 'tcp') return false;
  return portsCover(permission.ports, port);
};
