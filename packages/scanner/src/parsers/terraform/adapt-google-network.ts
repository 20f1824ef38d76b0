import type { FirewallPermission, FirewallRule, SubnetFlowLogs, Subnetwork } from '../../model/gcp.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { partLine } from './adapt-aws-context.js';
import { resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { block, blocks, bool, num, str, strList, type TfSource } from './tf-values.js';

// google_compute_firewall and google_compute_subnetwork.

const PROTOCOL_NAMES: Readonly<Record<string, string>> = {
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '132': 'sctp',
};

const protocolOf = (value: Attr<string> | undefined): Attr<string> | undefined => {
  if (value === undefined || isUnknown(value)) return value;
  const name = value.trim().toLowerCase();
  return PROTOCOL_NAMES[name] ?? name;
};

const upper = (value: Attr<string> | undefined): Attr<string> | undefined =>
  value === undefined || isUnknown(value) ? value : value.trim().toUpperCase();

/** A list argument where an empty list means the same as not set. */
const nonEmpty = (source: TfSource, key: string): Attr<readonly Attr<string>[]> | undefined => {
  const items = strList(source, key);
  return items !== undefined && !isUnknown(items) && items.length === 0 ? undefined : items;
};

const permissions = (r: TfResource, key: 'allow' | 'deny'): Attr<readonly FirewallPermission[]> => {
  const list = blocks(r.values, key);
  if (isUnknown(list)) return list;
  return list.map((b, i): FirewallPermission => {
    const line = partLine(r, `${key}.${i}.ports`, `${key}.${i}`, key);
    if (isUnknown(b)) return { protocol: b, ports: b, line };
    return {
      // The provider requires a protocol; a missing one cannot be judged.
      protocol: protocolOf(str(b, 'protocol')) ?? unknown('the entry sets no protocol'),
      ports: nonEmpty(b, 'ports'),
      line,
    };
  });
};

export const adaptFirewall = (r: TfResource): FirewallRule => {
  const v = r.values;
  return {
    ...resourceBase('gcp', r, 'gcp.compute.firewall', {
      direction: 'direction',
      disabled: 'disabled',
      priority: 'priority',
      source_ranges: 'sourceRanges',
      source_tags: 'sourceTags',
      source_service_accounts: 'sourceServiceAccounts',
      allow: 'allow',
      deny: 'deny',
    }),
    direction: upper(str(v, 'direction')),
    disabled: bool(v, 'disabled'),
    priority: num(v, 'priority'),
    allow: permissions(r, 'allow'),
    deny: permissions(r, 'deny'),
    sourceRanges: nonEmpty(v, 'source_ranges'),
    sourceTags: nonEmpty(v, 'source_tags'),
    sourceServiceAccounts: nonEmpty(v, 'source_service_accounts'),
  };
};

const flowLogs = (r: TfResource): Attr<SubnetFlowLogs> | undefined => {
  const b = block(r.values, 'log_config');
  if (b === undefined || isUnknown(b)) return b;
  return {
    flowSampling: num(b, 'flow_sampling'),
    aggregationInterval: upper(str(b, 'aggregation_interval')),
    metadata: upper(str(b, 'metadata')),
    filterExpr: str(b, 'filter_expr'),
    line: partLine(r, 'log_config.0', 'log_config'),
  };
};

export const adaptSubnetwork = (r: TfResource): Subnetwork => ({
  ...resourceBase('gcp', r, 'gcp.compute.subnetwork', {
    purpose: 'purpose',
    'log_config.0.flow_sampling': 'flowLogs.flowSampling',
    log_config: 'flowLogs',
  }),
  purpose: upper(str(r.values, 'purpose')),
  flowLogs: flowLogs(r),
});
