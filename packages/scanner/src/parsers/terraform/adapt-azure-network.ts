import type { NetworkSecurityGroup, NsgRule } from '../../model/azure.js';
import { isUnknown, type Unknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { singleAndList } from './adapt-azure-context.js';
import { flowLogsOf } from './adapt-azure-flow-logs.js';
import { resourceBase } from './adapt-base.js';
import type { TfObject, TfResource } from './tf-resource.js';
import { blocks, get, isSet, list, lowerCased, num, str } from './tf-values.js';

// Network security groups with their inline (`security_rule`) and standalone (azurerm_network_security_rule)
// rules. Rules are named as Terraform names them: `azurerm_network_security_group.web security_rule[0]`,
// `azurerm_network_security_rule.ssh`.

export const NSG_TYPE = 'azurerm_network_security_group';
export const NSG_RULE_TYPE = 'azurerm_network_security_rule';

/** The model rule of one `security_rule` block or standalone rule; `path` is the block's path ('' standalone). */
const ruleOf = (r: TfResource, rule: TfObject | Unknown, address: string, path: string): NsgRule => {
  const location = { file: r.location.file, line: partLine(r, ...(path ? [path] : [])) };
  if (isUnknown(rule))
    return {
      address,
      location,
      name: rule,
      priority: rule,
      direction: rule,
      access: rule,
      protocol: rule,
      sourcePrefixes: rule,
      sourceApplicationSecurityGroups: false,
      destinationPorts: rule,
    };
  const asgs = list(rule, 'source_application_security_group_ids');
  return {
    address,
    location,
    name: str(rule, 'name'),
    priority: num(rule, 'priority'),
    direction: lowerCased(str(rule, 'direction')),
    access: lowerCased(str(rule, 'access')),
    protocol: lowerCased(str(rule, 'protocol')),
    sourcePrefixes: singleAndList(rule, 'source_address_prefix', 'source_address_prefixes'),
    sourceApplicationSecurityGroups:
      isSet(rule, 'source_application_security_group_ids') && (isUnknown(asgs) || (asgs?.length ?? 0) > 0),
    destinationPorts: singleAndList(rule, 'destination_port_range', 'destination_port_ranges'),
  };
};

/** Standalone rules by the address of the group they belong to; rules of no declared group apart. */
export const standaloneNsgRules = (ctx: TfContext) => {
  const byGroup = new Map<string, NsgRule[]>();
  const orphans: { resource: TfResource; rule: NsgRule }[] = [];
  for (const r of ctx.ofType(NSG_RULE_TYPE)) {
    const rule = ruleOf(r, r.values, r.address, '');
    const group = ctx.target(get(r.values, 'network_security_group_name'), [NSG_TYPE], ['name']);
    if (group !== undefined && !isUnknown(group) && group.mode === 'managed') {
      const rules = byGroup.get(group.address) ?? [];
      rules.push(rule);
      byGroup.set(group.address, rules);
    } else orphans.push({ resource: r, rule });
  }
  return { byGroup, orphans };
};

/** A group with its inline rules, the standalone rules attached to it and the flow logs that record it. */
export const adaptNsg = (
  r: TfResource,
  attached: readonly NsgRule[],
  ctx: TfContext,
): NetworkSecurityGroup => {
  const inline = blocks(r.values, 'security_rule');
  const rules = isUnknown(inline)
    ? [ruleOf(r, inline, `${r.address} security_rule`, 'security_rule')]
    : inline.map((b, i) => ruleOf(r, b, `${r.address} security_rule[${i}]`, `security_rule.${i}`));
  const logs = flowLogsOf(r, ctx);
  return {
    ...resourceBase('azure', r, 'azure.network.security-group'),
    rules: [...rules, ...attached],
    declared: true,
    flowLogs: logs.linked,
    disabledFlowLogs: logs.disabled,
    unresolvedFlowLogs: logs.unresolved,
  };
};

/** A standalone rule whose group is not declared (a variable, a data source, a name of another module). */
export const adaptOrphanNsgRule = (r: TfResource, rule: NsgRule): NetworkSecurityGroup => ({
  ...resourceBase('azure', r, 'azure.network.security-group'),
  rules: [rule],
  declared: false,
  flowLogs: [],
  disabledFlowLogs: [],
  unresolvedFlowLogs: [],
});
