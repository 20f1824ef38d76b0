import type {
  BlockDevice,
  EbsVolume,
  Ec2Instance,
  ExistingInterface,
  LaunchTemplate,
  MetadataOptions,
  NetworkPlacement,
  SubnetPlacement,
} from '../../model/aws.js';
import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import { type LaunchSettings, withLaunchTemplate } from '../launch-settings.js';
import type { TreeMap, TreeNode } from '../yaml/tree.js';
import { type AdaptContext, begin } from './adapt-context.js';
import { elasticIps } from './adapt-eip.js';
import { cfnAddress, PropertyReader } from './fields.js';
import type { CfnResource } from './template.js';

const metadataOptions = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<MetadataOptions> | undefined => {
  const m = r.map(node);
  if (!m || isUnknown(m)) return m;
  return {
    httpTokens: r.str(r.at(m, 'HttpTokens', 'metadataOptions.httpTokens')),
    httpEndpoint: r.str(r.at(m, 'HttpEndpoint', 'metadataOptions.httpEndpoint')),
  };
};

const blockDevices = (r: PropertyReader, node: TreeNode | undefined): BlockDevice[] => {
  const list = r.list(node);
  if (!list) return [];
  if (isUnknown(list)) return [{ encrypted: list, deleteOnTermination: list, line: node?.line ?? 1 }];
  return list.flatMap((item): BlockDevice[] => {
    const m = r.map(item);
    if (!m) return [];
    if (isUnknown(m)) return [{ encrypted: m, deleteOnTermination: m, line: item.line }];
    const ebs = r.map(r.at(m, 'Ebs'));
    if (!ebs) return [];
    const deviceName = r.str(r.at(m, 'DeviceName'));
    if (isUnknown(ebs)) return [{ deviceName, encrypted: ebs, deleteOnTermination: ebs, line: item.line }];
    return [
      {
        deviceName,
        encrypted: r.bool(r.at(ebs, 'Encrypted')),
        snapshotId: r.str(r.at(ebs, 'SnapshotId')),
        deleteOnTermination: r.bool(r.at(ebs, 'DeleteOnTermination')),
        line: ebs.entries.get('Encrypted')?.keyLine ?? item.line,
      },
    ];
  });
};

const subnetPlacement = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<SubnetPlacement> | undefined => {
  const ref = r.resourceRef(node);
  if (!ref || isUnknown(ref)) return ref;
  if (ref.type !== 'AWS::EC2::Subnet') return unknown(`${ref.logicalId} is not an AWS::EC2::Subnet`);
  const sub = new PropertyReader(r.resolver);
  const props = sub.map(ref.properties);
  return {
    address: cfnAddress(ref),
    mapPublicIpOnLaunch: props && !isUnknown(props) ? sub.bool(sub.at(props, 'MapPublicIpOnLaunch')) : props,
  };
};

/** The primary interface (DeviceIndex 0, else the first) of a NetworkInterfaces list. */
const primaryInterface = (r: PropertyReader, node: TreeNode | undefined): TreeMap | Unknown | undefined => {
  const list = r.list(node);
  if (!list || isUnknown(list)) return list;
  const maps = list.map((item) => r.map(item)).filter((m): m is TreeMap | Unknown => m !== undefined);
  const primary = maps.find((m) => !isUnknown(m) && String(r.str(r.at(m, 'DeviceIndex')) ?? '0') === '0');
  return primary ?? maps[0];
};

/**
 * The existing network interface a NetworkInterfaceId names (a parameter or a literal id names one the template
 * does not declare), and the subnet it places the instance in.
 */
const attachedInterface = (
  r: PropertyReader,
  eni: CfnResource | Unknown,
): { existingInterface: ExistingInterface; subnet: Attr<SubnetPlacement> | undefined } => {
  if (isUnknown(eni)) return { existingInterface: {}, subnet: eni };
  if (eni.type !== 'AWS::EC2::NetworkInterface')
    return {
      existingInterface: {},
      subnet: unknown(`${eni.logicalId} is not an AWS::EC2::NetworkInterface`),
    };
  // A reader of its own: the interface's lines are not the instance's.
  const own = new PropertyReader(r.resolver);
  const props = own.map(eni.properties);
  return {
    existingInterface: { address: cfnAddress(eni) },
    subnet: props && !isUnknown(props) ? subnetPlacement(own, own.at(props, 'SubnetId')) : props,
  };
};

const network = (
  r: PropertyReader,
  data: TreeMap | undefined,
): { network: NetworkPlacement; declares: boolean } => {
  const nic = primaryInterface(r, r.at(data, 'NetworkInterfaces'));
  if (isUnknown(nic)) return { network: { associatePublicIp: nic, subnet: nic }, declares: true };
  const associate = r.bool(r.at(nic, 'AssociatePublicIpAddress', 'network.associatePublicIp'));
  const eni = r.resourceRef(r.at(nic, 'NetworkInterfaceId', 'network.existingInterface'));
  if (eni !== undefined) {
    // AWS assigns a public IPv4 address on launch only to a new primary interface, never to an existing one.
    const { existingInterface, subnet } = attachedInterface(r, eni);
    return { network: { associatePublicIp: associate ?? false, subnet, existingInterface }, declares: true };
  }
  const subnetNode = r.at(nic, 'SubnetId') ?? r.at(data, 'SubnetId', 'network.subnet');
  const subnet = subnetPlacement(r, subnetNode);
  return {
    network: { associatePublicIp: associate, subnet },
    declares: nic !== undefined || subnetNode !== undefined,
  };
};

/** The logical ids of the network interfaces of the template an instance attaches at launch, at any index. */
const attachedInterfaceIds = (r: PropertyReader, props: TreeMap | undefined): Set<string> => {
  const list = r.list(r.at(props, 'NetworkInterfaces'));
  const ids = new Set<string>();
  for (const item of list && !isUnknown(list) ? list : []) {
    const m = r.map(item);
    const eni = m && !isUnknown(m) ? r.resourceRef(r.at(m, 'NetworkInterfaceId')) : undefined;
    if (eni && !isUnknown(eni)) ids.add(eni.logicalId);
  }
  return ids;
};

const launchSettings = (r: PropertyReader, data: TreeMap | undefined): LaunchSettings => {
  const net = network(r, data);
  return {
    metadataOptions: metadataOptions(r, r.at(data, 'MetadataOptions', 'metadataOptions')),
    network: net.network,
    blockDevices: blockDevices(r, r.at(data, 'BlockDeviceMappings')),
    disableApiTermination: r.bool(r.at(data, 'DisableApiTermination', 'disableApiTermination')),
    declaresNetwork: net.declares,
  };
};

/** The settings of the launch template an instance names, or why they cannot be known. */
const instanceTemplate = (
  r: PropertyReader,
  props: TreeMap | undefined,
): LaunchSettings | Unknown | undefined => {
  const spec = r.map(r.at(props, 'LaunchTemplate'));
  if (!spec || isUnknown(spec)) return spec;
  const byId = r.at(spec, 'LaunchTemplateId');
  const byName = r.at(spec, 'LaunchTemplateName');
  let target: CfnResource | Unknown | undefined = byId ? r.resourceRef(byId) : undefined;
  if (!byId && byName) {
    const name = r.str(byName);
    if (isUnknown(name)) target = name;
    else {
      target =
        r.resolver.resourcesOfType('AWS::EC2::LaunchTemplate').find((lt) => {
          const lr = new PropertyReader(r.resolver);
          const lp = lr.map(lt.properties);
          return lp && !isUnknown(lp) && lr.str(lr.at(lp, 'LaunchTemplateName')) === name;
        }) ?? unknown(`launch template "${name}" is not declared in this template`);
    }
  }
  if (!target || isUnknown(target)) return target ?? unknown('the launch template is not named');
  if (target.type !== 'AWS::EC2::LaunchTemplate')
    return unknown(`${target.logicalId} is not an AWS::EC2::LaunchTemplate`);
  const lr = new PropertyReader(r.resolver);
  const tp = lr.map(target.properties);
  const data = tp && !isUnknown(tp) ? lr.map(lr.at(tp, 'LaunchTemplateData')) : tp;
  if (isUnknown(data)) return data;
  return launchSettings(lr, data);
};

export const adaptInstance = (resource: CfnResource, ctx: AdaptContext): Ec2Instance => {
  const { reader, props, base } = begin(resource, ctx, 'aws.ec2.instance');
  const own = launchSettings(reader, props);
  const template = instanceTemplate(reader, props);
  const { network: placement, ...rest } = withLaunchTemplate(own, template);
  const eips = elasticIps(resource, ctx, attachedInterfaceIds(reader, props));
  return { ...base, ...rest, network: { ...placement, elasticIps: eips } };
};

export const adaptLaunchTemplate = (resource: CfnResource, ctx: AdaptContext): LaunchTemplate => {
  const { reader, props, base } = begin(resource, ctx, 'aws.ec2.launch-template');
  const dataNode = reader.at(props, 'LaunchTemplateData');
  const data = reader.map(dataNode);
  // Unreadable data may map any device: one unknown device says so (no device would read as "none declared").
  if (isUnknown(data))
    return {
      ...base,
      metadataOptions: data,
      network: { associatePublicIp: data },
      blockDevices: [{ encrypted: data, deleteOnTermination: data, line: dataNode?.line ?? resource.line }],
    };
  const settings = launchSettings(reader, data);
  return {
    ...base,
    metadataOptions: settings.metadataOptions,
    network: settings.network,
    blockDevices: settings.blockDevices,
  };
};

/** AWS::AutoScaling::LaunchConfiguration: the older form of a launch template, same model. */
export const adaptLaunchConfiguration = (resource: CfnResource, ctx: AdaptContext): LaunchTemplate => {
  const { reader, props, base } = begin(resource, ctx, 'aws.ec2.launch-template');
  return {
    ...base,
    metadataOptions: metadataOptions(reader, reader.at(props, 'MetadataOptions', 'metadataOptions')),
    network: {
      associatePublicIp: reader.bool(
        reader.at(props, 'AssociatePublicIpAddress', 'network.associatePublicIp'),
      ),
    },
    blockDevices: blockDevices(reader, reader.at(props, 'BlockDeviceMappings')),
  };
};

export const adaptVolume = (resource: CfnResource, ctx: AdaptContext): EbsVolume => {
  const { reader, props, base } = begin(resource, ctx, 'aws.ec2.volume');
  return {
    ...base,
    encrypted: reader.bool(reader.at(props, 'Encrypted', 'encrypted')),
    snapshotId: reader.str(reader.at(props, 'SnapshotId', 'snapshotId')),
  };
};
