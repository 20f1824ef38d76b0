import { describe, expect, it } from 'vitest';
import type { NetworkSecurityGroup } from '../../model/azure.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { adaptedOfKind, tfRef, tfResource } from './test-support.js';
import type { TfObject, TfResource } from './tf-resource.js';

const groups = (all: TfResource[]): NetworkSecurityGroup[] =>
  adaptedOfKind(all, 'azure.network.security-group');

const group = (all: TfResource[], address: string): NetworkSecurityGroup | undefined =>
  groups(all).find((g) => g.address === address);

const SSH = {
  name: 'ssh',
  priority: 100,
  direction: 'Inbound',
  access: 'Allow',
  protocol: 'Tcp',
  source_port_range: '*',
  destination_port_range: '22',
  source_address_prefix: '*',
  destination_address_prefix: '*',
};

describe('network security groups', () => {
  it('reads inline rules, lower-casing what Azure compares without case, with the line of each block', () => {
    const [nsg] = groups([
      tfResource(
        'azurerm_network_security_group.web',
        {
          security_rule: [
            SSH,
            {
              ...SSH,
              name: 'admin',
              priority: '110',
              protocol: '*',
              destination_port_range: null,
              destination_port_ranges: ['3389', '5985-5986'],
              source_address_prefix: null,
              source_address_prefixes: ['203.0.113.0/24', 'Internet'],
            },
          ],
        },
        { attributeLines: { 'security_rule.0': 6, 'security_rule.1': 18 } },
      ),
    ]);
    expect(nsg).toMatchObject({ provider: 'azure', declared: true, flowLogs: [] });
    expect(nsg?.rules).toEqual([
      {
        address: 'azurerm_network_security_group.web security_rule[0]',
        location: { file: 'main.tf', line: 6 },
        name: 'ssh',
        priority: 100,
        direction: 'inbound',
        access: 'allow',
        protocol: 'tcp',
        sourcePrefixes: ['*'],
        sourceApplicationSecurityGroups: false,
        destinationPorts: ['22'],
      },
      expect.objectContaining({
        address: 'azurerm_network_security_group.web security_rule[1]',
        location: { file: 'main.tf', line: 18 },
        priority: 110,
        protocol: '*',
        sourcePrefixes: ['203.0.113.0/24', 'Internet'],
        destinationPorts: ['3389', '5985-5986'],
      }),
    ]);
  });

  it('attaches standalone rules to the group they name, by reference or by name, and keeps the others apart', () => {
    const all = [
      tfResource('azurerm_network_security_group.web', { name: 'web' }),
      tfResource('azurerm_network_security_rule.by_ref', {
        ...SSH,
        network_security_group_name: tfRef('azurerm_network_security_group.web', 'name'),
      }),
      tfResource('azurerm_network_security_rule.by_name', { ...SSH, network_security_group_name: 'web' }),
      tfResource('azurerm_network_security_rule.elsewhere', {
        ...SSH,
        network_security_group_name: new Unknown('var.nsg has no value'),
      }),
    ];
    const [web, orphan, ...rest] = groups(all);
    expect(rest).toEqual([]);
    expect(web?.rules.map((r) => r.address)).toEqual([
      'azurerm_network_security_rule.by_ref',
      'azurerm_network_security_rule.by_name',
    ]);
    expect(orphan).toMatchObject({
      address: 'azurerm_network_security_rule.elsewhere',
      declared: false,
      rules: [expect.objectContaining({ address: 'azurerm_network_security_rule.elsewhere' })],
    });
  });

  it('keeps a dynamic rule block that cannot be resolved as one unknown rule, and marks sources from ASGs', () => {
    const dynamic = new Unknown('for_each over var.rules');
    const [nsg] = groups([tfResource('azurerm_network_security_group.web', { security_rule: dynamic })]);
    expect(nsg?.rules).toEqual([
      expect.objectContaining({
        address: 'azurerm_network_security_group.web security_rule',
        access: dynamic,
      }),
    ]);
    const [asg] = groups([
      tfResource('azurerm_network_security_group.app', {
        security_rule: [
          {
            ...SSH,
            source_address_prefix: null,
            source_application_security_group_ids: [tfRef('azurerm_application_security_group.ops')],
          },
        ],
      }),
    ]);
    expect(asg?.rules[0]).toMatchObject({ sourcePrefixes: [], sourceApplicationSecurityGroups: true });
  });

  it('turns values of the wrong shape into unknowns instead of failing', () => {
    const [nsg] = groups([
      tfResource('azurerm_network_security_group.web', {
        security_rule: [
          'not a block',
          { ...SSH, destination_port_ranges: 'not a list', source_address_prefix: ['a', 'list'] },
        ],
      }),
    ]);
    expect(nsg?.rules).toHaveLength(2);
    expect(isUnknown(nsg?.rules[0]?.access)).toBe(true);
    expect(isUnknown(nsg?.rules[1]?.destinationPorts)).toBe(true);
    const sources = nsg?.rules[1]?.sourcePrefixes;
    expect(Array.isArray(sources) && isUnknown(sources[0])).toBe(true);
  });
});

describe('flow logs of network security groups', () => {
  const nsg = tfResource('azurerm_network_security_group.app', { name: 'app' });
  const vnet = tfResource('azurerm_virtual_network.main', { name: 'main' });
  const subnet = tfResource('azurerm_subnet.app', {
    name: 'app',
    virtual_network_name: tfRef('azurerm_virtual_network.main', 'name'),
  });
  const association = tfResource('azurerm_subnet_network_security_group_association.app', {
    subnet_id: tfRef('azurerm_subnet.app'),
    network_security_group_id: tfRef('azurerm_network_security_group.app'),
  });
  const log = (name: string, values: TfObject) =>
    tfResource(`azurerm_network_watcher_flow_log.${name}`, { enabled: true, ...values });

  it('links NSG flow logs (network_security_group_id or target_resource_id) to their group', () => {
    const found = group(
      [
        nsg,
        log('old', { network_security_group_id: tfRef('azurerm_network_security_group.app') }),
        log('new', { target_resource_id: tfRef('azurerm_network_security_group.app') }),
        log('off', { target_resource_id: tfRef('azurerm_network_security_group.app'), enabled: false }),
      ],
      'azurerm_network_security_group.app',
    );
    expect(found).toMatchObject({
      flowLogs: ['azurerm_network_watcher_flow_log.old', 'azurerm_network_watcher_flow_log.new'],
      disabledFlowLogs: ['azurerm_network_watcher_flow_log.off'],
      unresolvedFlowLogs: [],
    });
  });

  it('follows subnet associations to the subnet and its virtual network', () => {
    const onNetwork = log('vnet', { target_resource_id: tfRef('azurerm_virtual_network.main') });
    const onSubnet = log('subnet', { target_resource_id: tfRef('azurerm_subnet.app') });
    const found = group([nsg, vnet, subnet, association, onNetwork, onSubnet], nsg.address);
    expect(found?.flowLogs).toEqual([onNetwork.address, onSubnet.address]);
    // Without the association, neither records the group's traffic.
    expect(group([nsg, vnet, subnet, onNetwork, onSubnet], nsg.address)?.flowLogs).toEqual([]);
  });

  it('follows inline subnets of a virtual network and network interface associations', () => {
    const inline = tfResource('azurerm_virtual_network.inline', {
      subnet: [{ name: 'app', security_group: tfRef('azurerm_network_security_group.app') }],
    });
    const nic = tfResource('azurerm_network_interface.web', {
      ip_configuration: [{ name: 'internal', subnet_id: tfRef('azurerm_subnet.app') }],
    });
    const nicAssociation = tfResource('azurerm_network_interface_security_group_association.web', {
      network_interface_id: tfRef('azurerm_network_interface.web'),
      network_security_group_id: tfRef('azurerm_network_security_group.app'),
    });
    const logs = [
      log('inline', { target_resource_id: tfRef('azurerm_virtual_network.inline') }),
      log('nic', { target_resource_id: tfRef('azurerm_network_interface.web') }),
      log('main', { target_resource_id: tfRef('azurerm_virtual_network.main') }),
    ];
    const found = group([nsg, inline, vnet, subnet, nic, nicAssociation, ...logs], nsg.address);
    expect(found?.flowLogs).toEqual(logs.map((l) => l.address));
  });

  it('leaves as unresolved what it cannot tell, and ignores flow logs of other networks', () => {
    const other = tfResource('azurerm_virtual_network.other', { name: 'other' });
    const onOther = log('other', { target_resource_id: tfRef('azurerm_virtual_network.other') });
    const fromVariable = log('var', { target_resource_id: new Unknown('var.target has no value') });
    const enabledLater = log('later', {
      target_resource_id: tfRef('azurerm_virtual_network.main'),
      enabled: new Unknown('var.on has no value'),
    });
    const found = group(
      [nsg, vnet, other, subnet, association, onOther, fromVariable, enabledLater],
      nsg.address,
    );
    expect(found).toMatchObject({
      flowLogs: [],
      unresolvedFlowLogs: [fromVariable.address, enabledLater.address],
    });
    // An association whose group is a variable may put this group on any network.
    const loose = tfResource('azurerm_subnet_network_security_group_association.loose', {
      subnet_id: tfRef('azurerm_subnet.app'),
      network_security_group_id: new Unknown('var.nsg has no value'),
    });
    expect(group([nsg, other, subnet, loose, onOther], nsg.address)?.unresolvedFlowLogs).toEqual([
      onOther.address,
    ]);
  });
});
