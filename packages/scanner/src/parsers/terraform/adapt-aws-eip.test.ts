import { describe, expect, it } from 'vitest';
import type { Ec2Instance } from '../../model/aws.js';
import { Unknown } from '../../model/value.js';
import { adaptInstance } from './adapt-aws-ec2.js';
import { SUPPORTED_TF_TYPES } from './adapt-terraform.js';
import {
  adaptAt,
  adaptPlanJson,
  configuredResource,
  ofKind,
  planJson,
  plannedChange,
  plannedResource,
  reasonOf,
  references,
  tfRef,
  tfResource,
} from './test-support.js';
import type { TfResource } from './tf-resource.js';

// Elastic IPs linked to the instances they are associated with: aws_eip (instance, network_interface) and
// aws_eip_association (instance_id, network_interface_id), directly or through an interface the instance attaches.

const eipsOf = (all: TfResource[], address = 'aws_instance.web') =>
  adaptAt(adaptInstance, all, address).network.elasticIps;

const web = tfResource('aws_instance.web', { subnet_id: 'subnet-1' });
const app = tfResource('aws_instance.app', { subnet_id: 'subnet-1' });

describe('Elastic IPs of a Terraform configuration', () => {
  it('links aws_eip.instance and aws_eip_association.instance_id to the instance they name', () => {
    const all = [
      web,
      app,
      tfResource('aws_eip.web', { domain: 'vpc', instance: tfRef('aws_instance.web') }),
      tfResource('aws_eip.pool', { domain: 'vpc' }),
      tfResource('aws_eip_association.app', {
        allocation_id: tfRef('aws_eip.pool'),
        instance_id: tfRef('aws_instance.app'),
      }),
      tfResource('aws_eip_association.outside', {
        allocation_id: 'eipalloc-1',
        instance_id: tfRef('aws_instance.app'),
      }),
    ];
    expect(eipsOf(all)).toEqual(['aws_eip.web']);
    // An association is named by the aws_eip it associates, else by itself.
    expect(eipsOf(all, 'aws_instance.app')).toEqual(['aws_eip.pool', 'aws_eip_association.outside']);
  });

  it('links an address associated with a network interface the instance attaches, or its primary one', () => {
    const all = [
      tfResource('aws_network_interface.eth0', { subnet_id: 'subnet-1' }),
      tfResource('aws_network_interface.eth1', { subnet_id: 'subnet-1' }),
      tfResource('aws_instance.web', {
        network_interface: [
          { device_index: 0, network_interface_id: tfRef('aws_network_interface.eth0') },
          { device_index: 1, network_interface_id: tfRef('aws_network_interface.eth1') },
        ],
      }),
      app,
      tfResource('aws_eip.secondary', { network_interface: tfRef('aws_network_interface.eth1') }),
      tfResource('aws_eip_association.primary', {
        allocation_id: 'eipalloc-1',
        network_interface_id: tfRef('aws_instance.app', 'primary_network_interface_id'),
      }),
    ];
    expect(eipsOf(all)).toEqual(['aws_eip.secondary']);
    expect(eipsOf(all, 'aws_instance.app')).toEqual(['aws_eip_association.primary']);
  });

  it('is unknown when none is sure but one may be, naming the first and why', () => {
    const maybe = [
      web,
      tfResource('aws_eip_association.var', {
        allocation_id: 'eipalloc-1',
        instance_id: new Unknown('var.instance_id has no value'),
      }),
      tfResource('aws_eip.elsewhere', { network_interface: new Unknown('var.eni has no value') }),
    ];
    expect(reasonOf(eipsOf(maybe))).toBe(
      'aws_eip_association.var may name this instance: var.instance_id has no value',
    );
    // A sure one decides.
    const sure = [...maybe, tfResource('aws_eip.web', { instance: tfRef('aws_instance.web') })];
    expect(eipsOf(sure)).toEqual(['aws_eip.web']);
    expect(eipsOf([web, tfResource('aws_eip.idle', { domain: 'vpc' })])).toEqual([]);
  });

  it('compares literal ids with the instance id a plan knows, and leaves them in doubt otherwise', () => {
    const known = tfResource('aws_instance.web', { id: 'i-0123' });
    const all = [known, tfResource('aws_eip.web', { instance: 'i-0123' })];
    expect(eipsOf(all)).toEqual(['aws_eip.web']);
    expect(eipsOf([known, tfResource('aws_eip.other', { instance: 'i-9999' })])).toEqual([]);
    expect(reasonOf(eipsOf([web, tfResource('aws_eip.other', { instance: 'i-9999' })]))).toBe(
      'aws_eip.other may name this instance: "i-9999" may name aws_instance.web, whose id is not known',
    );
  });

  it('lets the instance argument decide when both are set, as a plan shows them', () => {
    const all = [
      tfResource('aws_instance.web', { id: 'i-1', primary_network_interface_id: 'eni-1' }),
      tfResource('aws_instance.app', { id: 'i-2', primary_network_interface_id: 'eni-2' }),
      tfResource('aws_eip.web', { instance: 'i-1', network_interface: 'eni-2' }),
    ];
    expect(eipsOf(all)).toEqual(['aws_eip.web']);
    expect(eipsOf(all, 'aws_instance.app')).toEqual([]);
  });

  it('reads the types it links as checked', () => {
    expect(SUPPORTED_TF_TYPES).toEqual(
      expect.arrayContaining(['aws_eip', 'aws_eip_association', 'aws_network_interface']),
    );
  });
});

describe('Elastic IPs of a plan', () => {
  const resource = (address: string, values: Record<string, unknown>) =>
    plannedResource('aws', address, values);
  const PLAN = planJson({
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          resource('aws_network_interface.eth0', { subnet_id: 'subnet-0123', private_ips: [] }),
          resource('aws_instance.web', {
            ami: 'ami-1',
            associate_public_ip_address: null,
            network_interface: [{ device_index: 0, delete_on_termination: false }],
            subnet_id: '',
          }),
          resource('aws_eip.web', { domain: 'vpc', instance: '', network_interface: '' }),
          resource('aws_eip_association.web', { instance_id: '', network_interface_id: '' }),
        ],
      },
    },
    resource_changes: [
      plannedChange('aws_network_interface.eth0'),
      plannedChange('aws_instance.web', {
        associate_public_ip_address: true,
        network_interface: [{ network_interface_id: true }],
        primary_network_interface_id: true,
        subnet_id: true,
      }),
      plannedChange('aws_eip.web', { allocation_id: true, instance: true, network_interface: true }),
      plannedChange('aws_eip_association.web', {
        allocation_id: true,
        instance_id: true,
        network_interface_id: true,
      }),
    ],
    configuration: {
      root_module: {
        resources: [
          configuredResource('aws_instance.web', {
            ami: { constant_value: 'ami-1' },
            network_interface: [
              {
                device_index: { constant_value: 0 },
                network_interface_id: references(
                  'aws_network_interface.eth0.id',
                  'aws_network_interface.eth0',
                ),
              },
            ],
          }),
          configuredResource('aws_eip.web', { domain: { constant_value: 'vpc' } }),
          configuredResource('aws_eip_association.web', {
            allocation_id: references('aws_eip.web.allocation_id', 'aws_eip.web'),
            network_interface_id: references('aws_network_interface.eth0.id', 'aws_network_interface.eth0'),
          }),
        ],
      },
    },
  });

  it('follows the references of the configuration to the attached interface and its Elastic IP', () => {
    const { parseIssues, resources, issues } = adaptPlanJson(PLAN);
    expect([...parseIssues, ...issues]).toEqual([]);
    const [instance] = ofKind(resources, 'aws.ec2.instance') as Ec2Instance[];
    expect(instance?.network).toMatchObject({
      associatePublicIp: false,
      existingInterface: { address: 'aws_network_interface.eth0' },
      elasticIps: ['aws_eip.web'],
    });
  });
});
