import { type Attr, isUnknown, unknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import type { TfResource, TfValue } from './tf-resource.js';
import { blocks, bool, get } from './tf-values.js';

// Which azurerm_network_watcher_flow_log resources record the traffic of a network security group. A flow log
// targets (target_resource_id, or network_security_group_id before azurerm v4) either the group itself (an NSG
// flow log, which Azure no longer lets anyone create) or a virtual network, subnet or network interface (a
// virtual network flow log, which records all traffic there, whatever groups guard it). So a group's traffic is
// recorded by a flow log on the group, or on a subnet, network interface or virtual network it is associated
// with.

const NSG = 'azurerm_network_security_group';
const VNET = 'azurerm_virtual_network';
const SUBNET = 'azurerm_subnet';
const NIC = 'azurerm_network_interface';
const FLOW_LOG = 'azurerm_network_watcher_flow_log';
const TARGETS = [NSG, VNET, SUBNET, NIC] as const;

export const FLOW_LOG_TYPES = [
  FLOW_LOG,
  'azurerm_subnet_network_security_group_association',
  'azurerm_network_interface_security_group_association',
  VNET,
  SUBNET,
  NIC,
] as const;

/** The resources whose traffic passes through a group, and whether some association cannot be resolved. */
interface Scope {
  readonly addresses: Set<string>;
  unresolved: boolean;
}

const addSubnet = (scope: Scope, ctx: TfContext, value: TfValue | undefined): void => {
  const subnet = ctx.target(value, [SUBNET]);
  if (subnet === undefined) return;
  if (isUnknown(subnet)) {
    scope.unresolved = true;
    return;
  }
  scope.addresses.add(subnet.address);
  const network = ctx.target(get(subnet.values, 'virtual_network_name'), [VNET], ['name']);
  if (network === undefined) return;
  if (isUnknown(network)) scope.unresolved = true;
  else scope.addresses.add(network.address);
};

/** Whether `value` (an NSG id argument) names `nsg`: true, false, or "may" (recorded as unresolved). */
const names = (scope: Scope, ctx: TfContext, value: TfValue | undefined, nsg: TfResource): boolean => {
  const refers = ctx.refersTo(value, nsg, ['id']);
  if (isUnknown(refers)) scope.unresolved = true;
  return refers === true;
};

/** The group itself, the subnets (and their networks) and network interfaces it is associated with. */
const scopeOf = (nsg: TfResource, ctx: TfContext): Scope => {
  const scope: Scope = { addresses: new Set([nsg.address]), unresolved: false };
  for (const a of ctx.ofType('azurerm_subnet_network_security_group_association'))
    if (names(scope, ctx, get(a.values, 'network_security_group_id'), nsg))
      addSubnet(scope, ctx, get(a.values, 'subnet_id'));
  for (const network of ctx.ofType(VNET)) {
    const inline = blocks(network.values, 'subnet');
    if (isUnknown(inline)) scope.unresolved = true;
    else
      for (const subnet of inline)
        if (isUnknown(subnet)) scope.unresolved = true;
        else if (names(scope, ctx, get(subnet, 'security_group'), nsg)) scope.addresses.add(network.address);
  }
  for (const a of ctx.ofType('azurerm_network_interface_security_group_association')) {
    if (!names(scope, ctx, get(a.values, 'network_security_group_id'), nsg)) continue;
    const nic = ctx.target(get(a.values, 'network_interface_id'), [NIC]);
    if (nic === undefined) continue;
    if (isUnknown(nic)) {
      scope.unresolved = true;
      continue;
    }
    scope.addresses.add(nic.address);
    const configs = blocks(nic.values, 'ip_configuration');
    if (isUnknown(configs)) scope.unresolved = true;
    else for (const c of configs) addSubnet(scope, ctx, isUnknown(c) ? c : get(c, 'subnet_id'));
  }
  return scope;
};

/** Whether a flow log records the traffic of the group whose scope is given. */
const covers = (log: TfResource, scope: Scope, ctx: TfContext): Attr<boolean> => {
  const value = get(log.values, 'target_resource_id') ?? get(log.values, 'network_security_group_id');
  const target = ctx.target(value, TARGETS);
  if (target === undefined) return false;
  if (isUnknown(target)) return target;
  if (scope.addresses.has(target.address)) return true;
  return scope.unresolved && target.type !== NSG
    ? unknown(`the group may guard ${target.address} through an association that cannot be resolved`)
    : false;
};

/** The enabled, disabled and unresolved flow logs that record a group's traffic, by address. */
export const flowLogsOf = (nsg: TfResource, ctx: TfContext) => {
  const linked: string[] = [];
  const disabled: string[] = [];
  const unresolved: string[] = [];
  const logs = ctx.ofType(FLOW_LOG);
  if (logs.length === 0) return { linked, disabled, unresolved };
  const scope = scopeOf(nsg, ctx);
  for (const log of logs) {
    const hit = covers(log, scope, ctx);
    if (hit === false) continue;
    // `enabled` is required: a flow log without it cannot be deployed, so it proves nothing either way.
    const on = bool(log.values, 'enabled') ?? unknown('the flow log sets no enabled');
    if (isUnknown(hit) || isUnknown(on)) unresolved.push(log.address);
    else if (on) linked.push(log.address);
    else disabled.push(log.address);
  }
  return { linked, disabled, unresolved };
};
