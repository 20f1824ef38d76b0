import type { FirewallPermission, FirewallRule } from '../../model/gcp.js';
import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';

const INTERNET = new Set(['0.0.0.0/0', '::/0']);

/**
 * Whether an ingress rule admits traffic from any address, with the sources that make it so: a range of every
 * address, or no source at all (Google Cloud then applies the rule to 0.0.0.0/0).
 */
export const fromInternet = (rule: FirewallRule): { open: Attr<boolean>; sources: string } => {
  const ranges = rule.sourceRanges;
  if (isUnknown(ranges)) return { open: ranges, sources: '' };
  if (ranges !== undefined) {
    const open = ranges.filter((r): r is string => !isUnknown(r) && INTERNET.has(r.trim()));
    if (open.length > 0) return { open: true, sources: open.join(' and ') };
    return { open: ranges.find(isUnknown) ?? false, sources: '' };
  }
  const others = [rule.sourceTags, rule.sourceServiceAccounts];
  if (others.some((o) => o !== undefined && !isUnknown(o))) return { open: false, sources: '' };
  const unresolvedOther = others.find(isUnknown);
  if (unresolvedOther)
    return {
      open: unknown(
        `the rule sets no source range and its other sources cannot be resolved: ${unresolvedOther.reason}`,
      ),
      sources: '',
    };
  return { open: true, sources: 'every address (no source is set, so 0.0.0.0/0 applies)' };
};

/** A port or range as written (`22`, `8000-8100`), or Unknown when it is neither. */
const range = (text: string): [number, number] | Unknown => {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(text);
  if (!match?.[1]) return unknown(`"${text}" is not a port or a port range`);
  const from = Number(match[1]);
  return [from, match[2] === undefined ? from : Number(match[2])];
};

/** True when the port list covers `port`; an absent or empty list covers every port. */
export const portsCover = (ports: Attr<readonly Attr<string>[]> | undefined, port: number): Attr<boolean> => {
  if (ports === undefined) return true;
  if (isUnknown(ports)) return ports;
  let unresolved: Unknown | undefined;
  for (const item of ports) {
    const r = isUnknown(item) ? item : range(item);
    if (isUnknown(r)) unresolved ??= r;
    else if (r[0] <= port && port <= r[1]) return true;
  }
  return unresolved ?? false;
};

/** True when the entry admits TCP `port`: protocol `all`, or `tcp` with ports that cover it. */
export const admitsPort = (permission: FirewallPermission, port: number): Attr<boolean> => {
  const { protocol } = permission;
  if (isUnknown(protocol)) return protocol;
  if (protocol === 'all') return true;
  if (protocol !== 'tcp') return false;
  return portsCover(permission.ports, port);
};
