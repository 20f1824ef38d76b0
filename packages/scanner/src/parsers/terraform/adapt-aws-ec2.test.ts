import { describe, expect, it } from 'vitest';
import type { Ec2Instance, LaunchTemplate } from '../../model/aws.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import {
  adaptInstance,
  adaptLaunchConfiguration,
  adaptLaunchTemplate,
  adaptVolume,
} from './adapt-aws-ec2.js';
import { adaptAt, reasonOf, tfRef, tfResource } from './test-support.js';
import type { TfResource } from './tf-resource.js';

const instance = (all: TfResource[], address = 'aws_instance.web'): Ec2Instance =>
  adaptAt(adaptInstance, all, address);

describe('aws_instance', () => {
  it('reads metadata options, with the lines of the block and its arguments', () => {
    const web = tfResource(
      'aws_instance.web',
      { metadata_options: [{ http_tokens: 'required', http_endpoint: 'enabled' }] },
      {
        line: 3,
        attributeLines: { metadata_options: 5, 'metadata_options.0.http_tokens': 6 },
      },
    );
    const adapted = instance([web]);
    expect(adapted).toMatchObject({
      kind: 'aws.ec2.instance',
      provider: 'aws',
      address: 'aws_instance.web',
      location: { file: 'main.tf', line: 3 },
      metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' },
      attributeLines: { metadataOptions: 5, 'metadataOptions.httpTokens': 6 },
    });
  });

  it('leaves unset arguments undefined: the provider leaves them to AWS', () => {
    const adapted = instance([tfResource('aws_instance.web', { ami: 'ami-1', instance_type: 't3.micro' })]);
    expect(adapted.metadataOptions).toBeUndefined();
    expect(adapted.network).toEqual({ associatePublicIp: undefined, subnet: undefined, elasticIps: [] });
    expect(adapted.blockDevices).toEqual([]);
  });

  it('links subnet_id to the aws_subnet it references, with its public IP setting', () => {
    const all = [
      tfResource('aws_subnet.public', { map_public_ip_on_launch: true }),
      tfResource('aws_subnet.private', {}),
      tfResource('aws_instance.web', { subnet_id: tfRef('aws_subnet.public') }),
      tfResource('aws_instance.app', { subnet_id: tfRef('aws_subnet.private') }),
    ];
    expect(instance(all).network.subnet).toEqual({ address: 'aws_subnet.public', mapPublicIpOnLaunch: true });
    expect(instance(all, 'aws_instance.app').network.subnet).toEqual({
      address: 'aws_subnet.private',
      mapPublicIpOnLaunch: undefined,
    });
  });

  it('treats default subnets as public unless set, and data-source subnets as unknown', () => {
    const all = [
      tfResource('aws_default_subnet.a', { availability_zone: 'eu-west-1a' }),
      tfResource('data.aws_subnet.shared', { id: 'subnet-0abc' }),
      tfResource('aws_instance.web', { subnet_id: tfRef('aws_default_subnet.a') }),
      tfResource('aws_instance.app', { subnet_id: tfRef('data.aws_subnet.shared') }),
    ];
    expect(instance(all).network.subnet).toEqual({
      address: 'aws_default_subnet.a',
      mapPublicIpOnLaunch: true,
    });
    const shared = instance(all, 'aws_instance.app').network.subnet;
    expect(shared).toMatchObject({ address: 'data.aws_subnet.shared' });
    expect(isUnknown((shared as { mapPublicIpOnLaunch: unknown }).mapPublicIpOnLaunch)).toBe(true);
  });

  it('links a literal subnet id by value when the plan knows the subnet id, else leaves it unknown', () => {
    const all = [
      tfResource('aws_subnet.public', { id: 'subnet-0123', map_public_ip_on_launch: true }),
      tfResource('aws_instance.web', { subnet_id: 'subnet-0123' }),
      tfResource('aws_instance.app', { subnet_id: 'subnet-9999' }),
      tfResource('aws_instance.var', { subnet_id: new Unknown('var.subnet has no value') }),
    ];
    expect(instance(all).network.subnet).toMatchObject({ address: 'aws_subnet.public' });
    expect(reasonOf(instance(all, 'aws_instance.app').network.subnet)).toBe(
      '"subnet-9999" is not declared in the scanned configuration',
    );
    expect(reasonOf(instance(all, 'aws_instance.var').network.subnet)).toBe('var.subnet has no value');
  });

  it('says why a reference to something undeclared or of another type gives no subnet', () => {
    const all = [
      tfResource('aws_vpc.main'),
      tfResource('aws_instance.web', { subnet_id: tfRef('module.net.aws_subnet.a') }),
      tfResource('aws_instance.app', { subnet_id: tfRef('aws_vpc.main') }),
    ];
    expect(reasonOf(instance(all).network.subnet)).toBe(
      'module.net.aws_subnet.a is not declared in the scanned configuration',
    );
    expect(reasonOf(instance(all, 'aws_instance.app').network.subnet)).toBe(
      'aws_vpc.main is not aws_subnet or aws_default_subnet',
    );
  });

  it('reads root and EBS block devices; the root volume inherits the image encryption unless set', () => {
    const adapted = instance([
      tfResource(
        'aws_instance.web',
        {
          root_block_device: [{ volume_size: 50 }],
          ebs_block_device: [
            { device_name: '/dev/sdb', encrypted: 'true' },
            { device_name: '/dev/sdc', snapshot_id: 'snap-1' },
          ],
        },
        {
          attributeLines: {
            'root_block_device.0': 4,
            'ebs_block_device.0.encrypted': 9,
            'ebs_block_device.1': 11,
          },
        },
      ),
    ]);
    const [root, sdb, sdc] = adapted.blockDevices;
    expect(root).toMatchObject({ deviceName: 'root', encrypted: undefined, line: 4 });
    expect(isUnknown(root?.snapshotId)).toBe(true);
    expect(sdb).toMatchObject({ deviceName: '/dev/sdb', encrypted: true, snapshotId: undefined, line: 9 });
    expect(sdc).toMatchObject({
      deviceName: '/dev/sdc',
      encrypted: undefined,
      snapshotId: 'snap-1',
      line: 11,
    });
  });

  it('follows an existing primary interface to its subnet: AWS assigns it no public IP on launch', () => {
    const all = [
      tfResource('aws_subnet.private', {}),
      tfResource('aws_network_interface.eth0', { subnet_id: tfRef('aws_subnet.private') }),
      tfResource('aws_network_interface.eth1', { subnet_id: tfRef('aws_subnet.private') }),
      tfResource(
        'aws_instance.web',
        {
          network_interface: [
            { device_index: 1, network_interface_id: tfRef('aws_network_interface.eth1') },
            { device_index: 0, network_interface_id: tfRef('aws_network_interface.eth0') },
          ],
        },
        { attributeLines: { 'network_interface.1.network_interface_id': 7 } },
      ),
      tfResource('aws_instance.v6', {
        primary_network_interface: [{ network_interface_id: tfRef('aws_network_interface.eth0') }],
      }),
    ];
    const web = instance(all);
    expect(web.network).toEqual({
      associatePublicIp: false,
      subnet: { address: 'aws_subnet.private', mapPublicIpOnLaunch: undefined },
      existingInterface: { address: 'aws_network_interface.eth0' },
      elasticIps: [],
    });
    expect(web.attributeLines['network.existingInterface']).toBe(7);
    expect(instance(all, 'aws_instance.v6').network).toMatchObject({
      associatePublicIp: false,
      existingInterface: { address: 'aws_network_interface.eth0' },
    });
  });

  it('says why the subnet of an attached interface is unknown, still with no public IP on launch', () => {
    const all = [
      tfResource('data.aws_network_interface.shared', { filter: [{ name: 'tag:Name', values: ['x'] }] }),
      tfResource('aws_instance.var', {
        network_interface: [{ device_index: 0, network_interface_id: new Unknown('var.eni has no value') }],
      }),
      tfResource('aws_instance.data', {
        network_interface: [
          { device_index: 0, network_interface_id: tfRef('data.aws_network_interface.shared') },
        ],
      }),
      tfResource('aws_instance.which', {
        network_interface: [
          { device_index: new Unknown('var.index has no value'), network_interface_id: 'eni-1' },
        ],
      }),
    ];
    const byVar = instance(all, 'aws_instance.var').network;
    expect(byVar).toMatchObject({ associatePublicIp: false, existingInterface: {} });
    expect(reasonOf(byVar.subnet)).toBe('var.eni has no value');
    expect(reasonOf(instance(all, 'aws_instance.data').network.subnet)).toMatch(
      /data.aws_network_interface.shared reads an existing network interface/,
    );
    expect(reasonOf(instance(all, 'aws_instance.which').network.subnet)).toMatch(
      /which network interface is the primary/,
    );
  });

  it('reads an existing interface named by a launch template', () => {
    const template = tfResource('aws_launch_template.app', {
      network_interfaces: [{ device_index: 0, network_interface_id: tfRef('aws_network_interface.eth0') }],
    });
    const all = [template, tfResource('aws_network_interface.eth0', { subnet_id: 'subnet-1' })];
    expect(adaptLaunchTemplate(template, new TfContext(all)).network).toMatchObject({
      associatePublicIp: false,
      existingInterface: { address: 'aws_network_interface.eth0' },
    });
  });

  it('takes metadata, network and volumes from its launch template when it sets none', () => {
    const template = tfResource(
      'aws_launch_template.app',
      {
        name: 'app',
        metadata_options: [{ http_tokens: 'required' }],
        network_interfaces: [{ associate_public_ip_address: 'false' }],
        block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ encrypted: 'true' }] }],
      },
      {
        attributeLines: { 'block_device_mappings.0.ebs.0.encrypted': 7 },
        file: 'lt.tf',
        line: 2,
      },
    );
    const byId = tfResource('aws_instance.web', {
      launch_template: [{ id: tfRef('aws_launch_template.app') }],
    });
    const byName = tfResource('aws_instance.named', { launch_template: [{ name: 'app' }] });
    const adapted = instance([template, byId, byName]);
    expect(adapted.metadataOptions).toEqual({ httpTokens: 'required', httpEndpoint: undefined });
    expect(adapted.network.associatePublicIp).toBe(false);
    // The template is in another file: its lines would point at the wrong place, so the instance's is used.
    expect(adapted.blockDevices).toEqual([
      { deviceName: '/dev/xvda', encrypted: true, snapshotId: undefined, line: 1 },
    ]);
    expect(instance([template, byId, byName], 'aws_instance.named').metadataOptions).toMatchObject({
      httpTokens: 'required',
    });
  });

  it('keeps its own settings over the template, and is unknown where an unreadable template decides', () => {
    const template = tfResource('aws_launch_template.app', {
      metadata_options: [{ http_tokens: 'optional' }],
    });
    const own = tfResource('aws_instance.web', {
      metadata_options: [{ http_tokens: 'required' }],
      launch_template: [{ id: tfRef('aws_launch_template.app') }],
    });
    expect(instance([template, own]).metadataOptions).toMatchObject({ httpTokens: 'required' });
    const external = instance([tfResource('aws_instance.web', { launch_template: [{ id: 'lt-0123' }] })]);
    expect(reasonOf(external.metadataOptions)).toBe(
      'set by the launch template, which cannot be read: "lt-0123" is not declared in the scanned configuration',
    );
    expect(isUnknown(external.network.associatePublicIp)).toBe(true);
    expect(external.blockDevices).toEqual([]);
  });
});

describe('termination settings', () => {
  it('reads delete_on_termination of every EBS device', () => {
    const adapted = instance([
      tfResource('aws_instance.web', {
        root_block_device: [{ delete_on_termination: true }],
        ebs_block_device: [
          { device_name: '/dev/sdb', delete_on_termination: 'false' },
          { device_name: '/dev/sdc' },
        ],
      }),
    ]);
    expect(adapted.blockDevices.map((d) => d.deleteOnTermination)).toEqual([true, false, undefined]);
    const template = tfResource('aws_launch_template.app', {
      block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ delete_on_termination: 'false' }] }],
    });
    expect(
      adaptLaunchTemplate(template, new TfContext([template])).blockDevices[0]?.deleteOnTermination,
    ).toBe(false);
  });

  it('reads termination protection, from the launch template when the instance does not set it', () => {
    const template = tfResource('aws_launch_template.app', { disable_api_termination: true });
    const all = [
      template,
      tfResource('aws_instance.web', { launch_template: [{ id: tfRef('aws_launch_template.app') }] }),
      tfResource('aws_instance.own', {
        disable_api_termination: false,
        launch_template: [{ id: tfRef('aws_launch_template.app') }],
      }),
      tfResource('aws_instance.plain', {}),
      tfResource('aws_instance.lost', {
        launch_template: [{ name: new Unknown('var.template has no value') }],
      }),
    ];
    expect(instance(all).disableApiTermination).toBe(true);
    expect(instance(all, 'aws_instance.own').disableApiTermination).toBe(false);
    expect(instance(all, 'aws_instance.plain').disableApiTermination).toBeUndefined();
    expect(isUnknown(instance(all, 'aws_instance.lost').disableApiTermination)).toBe(true);
  });
});

describe('aws_launch_template and aws_launch_configuration', () => {
  it('reads the primary network interface (device_index 0) and EBS mappings only', () => {
    const template = tfResource(
      'aws_launch_template.app',
      {
        network_interfaces: [
          { device_index: 1, associate_public_ip_address: 'true' },
          { device_index: 0, associate_public_ip_address: 'false', subnet_id: tfRef('aws_subnet.a') },
        ],
        block_device_mappings: [
          { device_name: '/dev/sdb', virtual_name: 'ephemeral0' },
          { device_name: '/dev/xvda', ebs: [{ encrypted: false, snapshot_id: 'snap-1' }] },
        ],
      },
      { attributeLines: { 'network_interfaces.1.associate_public_ip_address': 12 } },
    );
    const adapted: LaunchTemplate = adaptLaunchTemplate(
      template,
      new TfContext([template, tfResource('aws_subnet.a')]),
    );
    expect(adapted.kind).toBe('aws.ec2.launch-template');
    expect(adapted.network).toEqual({
      associatePublicIp: false,
      subnet: { address: 'aws_subnet.a', mapPublicIpOnLaunch: undefined },
    });
    expect(adapted.attributeLines['network.associatePublicIp']).toBe(12);
    expect(adapted.blockDevices).toEqual([
      { deviceName: '/dev/xvda', encrypted: false, snapshotId: 'snap-1', line: 1 },
    ]);
  });

  it('makes everything unknown that an unresolved dynamic block would set', () => {
    const unresolved = new Unknown('dynamic block over an unknown collection');
    const template = tfResource('aws_launch_template.app', {
      network_interfaces: unresolved,
      block_device_mappings: unresolved,
    });
    const adapted = adaptLaunchTemplate(template, new TfContext([template]));
    expect(adapted.network).toEqual({ associatePublicIp: unresolved, subnet: unresolved });
    expect(adapted.blockDevices).toEqual([
      { encrypted: unresolved, deleteOnTermination: unresolved, line: 1 },
    ]);
  });

  it('reads a launch configuration, which names no subnet', () => {
    const adapted = adaptLaunchConfiguration(
      tfResource('aws_launch_configuration.old', {
        associate_public_ip_address: true,
        metadata_options: [{ http_tokens: 'optional', http_endpoint: 'enabled' }],
        root_block_device: [{ encrypted: true }],
      }),
    );
    expect(adapted).toMatchObject({
      kind: 'aws.ec2.launch-template',
      network: { associatePublicIp: true },
      metadataOptions: { httpTokens: 'optional' },
      blockDevices: [{ deviceName: 'root', encrypted: true }],
    });
    expect(adapted.network.subnet).toBeUndefined();
  });
});

describe('aws_ebs_volume', () => {
  it('reads encryption and the snapshot it is made from', () => {
    expect(
      adaptVolume(
        tfResource('aws_ebs_volume.data', { encrypted: true }, { attributeLines: { encrypted: 4 } }),
      ),
    ).toMatchObject({
      kind: 'aws.ec2.volume',
      encrypted: true,
      snapshotId: undefined,
      attributeLines: { encrypted: 4 },
    });
    expect(adaptVolume(tfResource('aws_ebs_volume.copy', { snapshot_id: 'snap-1' }))).toMatchObject({
      encrypted: undefined,
      snapshotId: 'snap-1',
    });
  });
});
