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
import { partLine, type TfContext } from './adapt-aws-context.js';
import { elasticIps } from './adapt-aws-eip.js';
import { resourceBase } from './adapt-base.js';
import type { TfObject, TfResource, TfValue } from './tf-resource.js';
import { block, blocks, bool, get, str, type TfSource } from './tf-values.js';

// aws_instance, aws_launch_template, aws_launch_configuration and aws_ebs_volume. Unset arguments stay
// undefined: the provider leaves them to AWS (IMDS tokens, public IPs and volume encryption are all computed
// from the image, the subnet and the account defaults), which is what the model's undefined means.

/** The root volume is always made from the image's snapshot, whose encryption it keeps unless set. */
const FROM_IMAGE = unknown('the root volume is created from the snapshot of the image (AMI)');

const SUBNET_TYPES = ['aws_subnet', 'aws_default_subnet'] as const;

const metadataOptions = (values: TfSource): Attr<MetadataOptions> | undefined => {
  const m = block(values, 'metadata_options');
  if (m === undefined || isUnknown(m)) return m;
  return { httpTokens: str(m, 'http_tokens'), httpEndpoint: str(m, 'http_endpoint') };
};

/** MapPublicIpOnLaunch of a subnet: unset is false, except for default subnets (AWS turns it on there). */
const mapsPublicIp = (subnet: TfResource): Attr<boolean> | undefined => {
  const own = bool(subnet.values, 'map_public_ip_on_launch');
  if (own !== undefined) return own;
  if (subnet.mode === 'data')
    return unknown(
      `${subnet.address} reads an existing subnet whose setting the configuration does not show`,
    );
  return subnet.type === 'aws_default_subnet' ? true : undefined;
};

/** The subnet a `subnet_id` names: linked by reference, or by id when the plan knows it. */
export const subnetPlacement = (
  ctx: TfContext,
  value: TfValue | undefined,
): Attr<SubnetPlacement> | undefined => {
  const subnet = ctx.target(value, SUBNET_TYPES);
  if (subnet === undefined || isUnknown(subnet)) return subnet;
  return { address: subnet.address, mapPublicIpOnLaunch: mapsPublicIp(subnet) };
};

const INTERFACE_TYPES = ['aws_network_interface'] as const;

/** An existing network interface attached at launch: the placement it gives, and its resource when declared. */
interface Attached {
  readonly existingInterface: ExistingInterface;
  readonly subnet: Attr<SubnetPlacement> | undefined;
  readonly resource?: TfResource;
}

/**
 * The existing network interface a `network_interface_id` names. Its subnet is the instance's; a data source
 * shows one only when it is read (a plan), not from its filters.
 */
const attachedInterface = (ctx: TfContext, value: TfValue | undefined): Attached => {
  const eni = ctx.target(value, INTERFACE_TYPES);
  if (eni === undefined)
    return { existingInterface: {}, subnet: unknown('the network interface is not named') };
  if (isUnknown(eni)) return { existingInterface: {}, subnet: eni };
  const subnetId = get(eni.values, 'subnet_id');
  const subnet =
    subnetId === undefined && eni.mode === 'data'
      ? unknown(
          `${eni.address} reads an existing network interface whose subnet the configuration does not show`,
        )
      : subnetPlacement(ctx, subnetId);
  return { existingInterface: { address: eni.address }, subnet, resource: eni };
};

/** EBS devices of `root_block_device` / `ebs_block_device` blocks (instances and launch configurations). */
const ebsBlockDevices = (r: TfResource, key: 'root_block_device' | 'ebs_block_device'): BlockDevice[] => {
  const list = blocks(r.values, key);
  if (isUnknown(list)) return [{ encrypted: list, deleteOnTermination: list, line: partLine(r, key) }];
  return list.map((d, i): BlockDevice => {
    const line = partLine(r, `${key}.${i}.encrypted`, `${key}.${i}`, key);
    if (isUnknown(d)) return { encrypted: d, deleteOnTermination: d, line };
    const root = key === 'root_block_device';
    const snapshotId = root ? FROM_IMAGE : str(d, 'snapshot_id');
    return {
      deviceName: str(d, 'device_name') ?? (root ? 'root' : undefined),
      encrypted: bool(d, 'encrypted'),
      snapshotId,
      deleteOnTermination: bool(d, 'delete_on_termination'),
      line,
    };
  });
};

/** EBS devices of a launch template's `block_device_mappings` (instance-store mappings are left out). */
const templateBlockDevices = (r: TfResource): BlockDevice[] => {
  const list = blocks(r.values, 'block_device_mappings');
  if (isUnknown(list))
    return [{ encrypted: list, deleteOnTermination: list, line: partLine(r, 'block_device_mappings') }];
  return list.flatMap((m, i): BlockDevice[] => {
    const at = `block_device_mappings.${i}`;
    if (isUnknown(m)) return [{ encrypted: m, deleteOnTermination: m, line: partLine(r, at) }];
    const ebs = block(m, 'ebs');
    if (ebs === undefined) return [];
    const deviceName = str(m, 'device_name');
    const line = partLine(r, `${at}.ebs.0.encrypted`, `${at}.ebs.0`, at);
    if (isUnknown(ebs)) return [{ deviceName, encrypted: ebs, deleteOnTermination: ebs, line }];
    return [
      {
        deviceName,
        encrypted: bool(ebs, 'encrypted'),
        snapshotId: str(ebs, 'snapshot_id'),
        deleteOnTermination: bool(ebs, 'delete_on_termination'),
        line,
      },
    ];
  });
};

/** The primary interface (device_index 0, else the first) of a template's network_interfaces. */
const primaryInterface = (values: TfObject): { nic: TfObject | Unknown | undefined; index: number } => {
  const nics = blocks(values, 'network_interfaces');
  if (isUnknown(nics)) return { nic: nics, index: 0 };
  const index = nics.findIndex((n) => !isUnknown(n) && (str(n, 'device_index') ?? '0') === '0');
  return { nic: nics[Math.max(index, 0)], index: Math.max(index, 0) };
};

/** A template's primary interface: a new one, or an existing one it names (which gets no public IP on launch). */
const templateInterface = (ctx: TfContext, nic: TfObject): NetworkPlacement => {
  const associatePublicIp = bool(nic, 'associate_public_ip_address');
  const eniId = get(nic, 'network_interface_id');
  if (eniId === undefined) return { associatePublicIp, subnet: subnetPlacement(ctx, get(nic, 'subnet_id')) };
  const { existingInterface, subnet } = attachedInterface(ctx, eniId);
  return { associatePublicIp: associatePublicIp ?? false, subnet, existingInterface };
};

const templateSettings = (ctx: TfContext, r: TfResource): LaunchSettings => {
  const { nic } = primaryInterface(r.values);
  const network: NetworkPlacement =
    nic === undefined
      ? {}
      : isUnknown(nic)
        ? { associatePublicIp: nic, subnet: nic }
        : templateInterface(ctx, nic);
  return {
    metadataOptions: metadataOptions(r.values),
    network,
    blockDevices: templateBlockDevices(r),
    disableApiTermination: bool(r.values, 'disable_api_termination'),
    declaresNetwork: nic !== undefined,
  };
};

/**
 * What the network interfaces an instance attaches at launch (`primary_network_interface`, or `network_interface`
 * blocks, the older form) say: all are existing interfaces, so AWS assigns none a public IPv4 address; the primary
 * one (device index 0) places the instance in its subnet. Undefined when the instance attaches none.
 */
const attachedInterfaces = (
  ctx: TfContext,
  v: TfObject,
): { network: NetworkPlacement; declared: readonly TfResource[] } | undefined => {
  const primary = blocks(v, 'primary_network_interface');
  const nics = blocks(v, 'network_interface');
  if (isUnknown(primary) || isUnknown(nics)) {
    // Unresolved blocks (a dynamic block, a plan without its configuration) decide only when no subnet is named.
    if (get(v, 'subnet_id') !== undefined) return undefined;
    const why = isUnknown(primary) ? primary : (nics as Unknown);
    return {
      network: { associatePublicIp: bool(v, 'associate_public_ip_address'), subnet: why },
      declared: [],
    };
  }
  const all = [...primary, ...nics];
  if (all.length === 0) return undefined;
  const attached = all.map((n) =>
    isUnknown(n) ? undefined : attachedInterface(ctx, get(n, 'network_interface_id')),
  );
  const first =
    primary.length > 0 ? 0 : nics.findIndex((n) => !isUnknown(n) && str(n, 'device_index') === '0');
  const placement = attached[first];
  const undecided = all.some((n) => isUnknown(n) || isUnknown(str(n, 'device_index')));
  const network: NetworkPlacement = {
    associatePublicIp: bool(v, 'associate_public_ip_address') ?? false,
    subnet:
      placement?.subnet ??
      unknown(
        undecided
          ? 'which network interface is the primary one (device index 0) cannot be resolved'
          : 'no network interface is attached at device index 0',
      ),
    existingInterface: placement?.existingInterface ?? {},
  };
  return { network, declared: attached.flatMap((a) => (a?.resource ? [a.resource] : [])) };
};

/** An instance's own settings, and the declared network interfaces it attaches at launch. */
const instanceSettings = (
  ctx: TfContext,
  r: TfResource,
): { settings: LaunchSettings; interfaces: readonly TfResource[] } => {
  const v = r.values;
  const associatePublicIp = bool(v, 'associate_public_ip_address');
  const subnetId = get(v, 'subnet_id');
  const attached = attachedInterfaces(ctx, v);
  const settings: LaunchSettings = {
    metadataOptions: metadataOptions(v),
    network: attached?.network ?? { associatePublicIp, subnet: subnetPlacement(ctx, subnetId) },
    blockDevices: [...ebsBlockDevices(r, 'root_block_device'), ...ebsBlockDevices(r, 'ebs_block_device')],
    disableApiTermination: bool(v, 'disable_api_termination'),
    declaresNetwork: associatePublicIp !== undefined || subnetId !== undefined || attached !== undefined,
  };
  return { settings, interfaces: attached?.declared ?? [] };
};

/** The launch template an instance names in `launch_template { id | name }`, or why it cannot be read. */
const instanceTemplate = (ctx: TfContext, r: TfResource): TfResource | Unknown | undefined => {
  const spec = block(r.values, 'launch_template');
  if (spec === undefined || isUnknown(spec)) return spec;
  const id = get(spec, 'id');
  const name = get(spec, 'name');
  const target =
    id !== undefined
      ? ctx.target(id, ['aws_launch_template'], ['id'])
      : name !== undefined
        ? ctx.target(name, ['aws_launch_template'], ['name'])
        : unknown('the launch_template block names no template');
  if (target === undefined || isUnknown(target)) return target;
  return target.mode === 'data'
    ? unknown(`${target.address} reads an existing launch template that the configuration does not show`)
    : target;
};

/** Lines of another resource are kept only when it is in the same file as the resource that borrows them. */
const borrowLines = (devices: readonly BlockDevice[], from: TfResource, to: TfResource): BlockDevice[] =>
  devices.map((d) => (from.location.file === to.location.file ? d : { ...d, line: to.location.line }));

/** The `network_interface` block at device index 0, for its lines. */
const primaryBlockIndex = (v: TfObject): number => {
  const nics = blocks(v, 'network_interface');
  return isUnknown(nics)
    ? 0
    : Math.max(
        0,
        nics.findIndex((n) => !isUnknown(n) && str(n, 'device_index') === '0'),
      );
};

export const adaptInstance = (r: TfResource, ctx: TfContext): Ec2Instance => {
  const own = instanceSettings(ctx, r);
  const template = instanceTemplate(ctx, r);
  const nic = `network_interface.${primaryBlockIndex(r.values)}`;
  const { network, ...rest } = withLaunchTemplate(
    own.settings,
    template === undefined || isUnknown(template) ? template : templateSettings(ctx, template),
    (devices) => borrowLines(devices, template as TfResource, r),
  );
  return {
    ...resourceBase('aws', r, 'aws.ec2.instance', {
      metadata_options: 'metadataOptions',
      'metadata_options.0.http_tokens': 'metadataOptions.httpTokens',
      'metadata_options.0.http_endpoint': 'metadataOptions.httpEndpoint',
      associate_public_ip_address: 'network.associatePublicIp',
      subnet_id: 'network.subnet',
      network_interface: 'network.subnet',
      primary_network_interface: 'network.subnet',
      'primary_network_interface.0.network_interface_id': 'network.existingInterface',
      [`${nic}.network_interface_id`]: 'network.existingInterface',
      disable_api_termination: 'disableApiTermination',
      launch_template: 'metadataOptions',
    }),
    ...rest,
    network: { ...network, elasticIps: elasticIps(ctx, r, own.interfaces) },
  };
};

export const adaptLaunchTemplate = (r: TfResource, ctx: TfContext): LaunchTemplate => {
  const settings = templateSettings(ctx, r);
  const { index } = primaryInterface(r.values);
  const nic = `network_interfaces.${index}`;
  return {
    ...resourceBase('aws', r, 'aws.ec2.launch-template', {
      metadata_options: 'metadataOptions',
      'metadata_options.0.http_tokens': 'metadataOptions.httpTokens',
      'metadata_options.0.http_endpoint': 'metadataOptions.httpEndpoint',
      [`${nic}.associate_public_ip_address`]: 'network.associatePublicIp',
      [`${nic}.subnet_id`]: 'network.subnet',
      network_interfaces: 'network.associatePublicIp',
    }),
    metadataOptions: settings.metadataOptions,
    network: settings.network,
    blockDevices: settings.blockDevices,
  };
};

/** aws_launch_configuration: the older form of a launch template, same model; it names no subnet. */
export const adaptLaunchConfiguration = (r: TfResource): LaunchTemplate => ({
  ...resourceBase('aws', r, 'aws.ec2.launch-template', {
    metadata_options: 'metadataOptions',
    'metadata_options.0.http_tokens': 'metadataOptions.httpTokens',
    'metadata_options.0.http_endpoint': 'metadataOptions.httpEndpoint',
    associate_public_ip_address: 'network.associatePublicIp',
  }),
  metadataOptions: metadataOptions(r.values),
  network: { associatePublicIp: bool(r.values, 'associate_public_ip_address') },
  blockDevices: [...ebsBlockDevices(r, 'root_block_device'), ...ebsBlockDevices(r, 'ebs_block_device')],
});

export const adaptVolume = (r: TfResource): EbsVolume => ({
  ...resourceBase('aws', r, 'aws.ec2.volume', { encrypted: 'encrypted', snapshot_id: 'snapshotId' }),
  encrypted: bool(r.values, 'encrypted'),
  snapshotId: str(r.values, 'snapshot_id'),
});
