import type {
  BlockDevice,
  EbsVolume,
  Ec2Instance,
  LaunchTemplate,
  MetadataOptions,
  NetworkPlacement,
  SubnetPlacement,
} from '../../model/aws.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import type { SnapshotItem } from '../../snapshot/snapshot-schema.js';
import { lineAt, lineIfPresent } from './locate.js';
import type { SnapshotItemRef } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

type Instance = SnapshotItem<'ec2', 'instances'>;
type TemplateVersion = SnapshotItem<'ec2', 'launchTemplateVersions'>;
type Ref<T> = SnapshotItemRef<T>;

/** Instances AWS no longer runs nor bills: still listed for a while after termination. */
const GONE = new Set(['terminated', 'shutting-down']);

const LAUNCH_TEMPLATE_TAG = 'aws:ec2launchtemplate:id';
const LAUNCH_TEMPLATE_VERSION_TAG = 'aws:ec2launchtemplate:version';

const metadataOptions = (
  options: { HttpTokens?: string | undefined; HttpEndpoint?: string | undefined } | undefined,
): MetadataOptions | undefined =>
  options && { httpTokens: options.HttpTokens, httpEndpoint: options.HttpEndpoint };

/** Items of one region by id. */
const index = <T>(refs: readonly Ref<T>[], id: (item: T) => string) => {
  const map = new Map<string, Ref<T>>();
  for (const ref of refs) map.set(`${ref.region}/${id(ref.data)}`, ref);
  return (region: string, key: string) => map.get(`${region}/${key}`);
};

/** The EC2 items other items name by id (subnets, volumes, launch templates), indexed once per snapshot. */
export interface Ec2Lookups {
  readonly ctx: SnapshotContext;
  readonly subnet: (region: string, id: string) => Ref<SnapshotItem<'ec2', 'subnets'>> | undefined;
  readonly volume: (region: string, id: string) => Ref<SnapshotItem<'ec2', 'volumes'>> | undefined;
  readonly template: (region: string, id: string) => Ref<TemplateVersion> | undefined;
}

export const ec2Lookups = (ctx: SnapshotContext): Ec2Lookups => ({
  ctx,
  subnet: index(ctx.contents.items('ec2', 'subnets'), (s) => s.SubnetId),
  volume: index(ctx.contents.items('ec2', 'volumes'), (v) => v.VolumeId),
  template: index(ctx.contents.items('ec2', 'launchTemplateVersions'), (v) => v.LaunchTemplateId),
});

const subnetPlacement = (
  { ctx, subnet: subnets }: Ec2Lookups,
  region: string,
  subnetId: string,
): SubnetPlacement => {
  const subnet = subnets(region, subnetId);
  const address = subnet?.data.SubnetArn ?? ctx.arn('ec2', region, `subnet/${subnetId}`);
  if (subnet) return { address, mapPublicIpOnLaunch: subnet.data.MapPublicIpOnLaunch };
  return {
    address,
    mapPublicIpOnLaunch: ctx.contents.collected('ec2', region, 'subnets')
      ? unknown(`subnet ${subnetId} is not in the snapshot`)
      : ctx.notCollected('ec2', region, 'subnets'),
  };
};

/** The default version of the launch template an instance was started from, or why it cannot be read. */
const instanceTemplate = (
  { ctx, template }: Ec2Lookups,
  ref: Ref<Instance>,
): Ref<TemplateVersion> | ReturnType<typeof unknown> | undefined => {
  const tag = (key: string) => ref.data.Tags?.find((t) => t.Key === key)?.Value;
  const id = tag(LAUNCH_TEMPLATE_TAG);
  if (id === undefined) return undefined;
  if (!ctx.contents.collected('ec2', ref.region, 'launchTemplateVersions'))
    return ctx.notCollected('ec2', ref.region, 'launchTemplateVersions');
  const found = template(ref.region, id);
  if (!found) return unknown(`launch template ${id} is not in the snapshot`);
  const version = tag(LAUNCH_TEMPLATE_VERSION_TAG);
  if (
    version !== undefined &&
    found.data.VersionNumber !== undefined &&
    version !== String(found.data.VersionNumber)
  )
    return unknown(
      `the instance was started from version ${version} of ${id}; the snapshot holds its default version ${found.data.VersionNumber}`,
    );
  return found;
};

const instanceBlockDevices = ({ ctx, volume: volumes }: Ec2Lookups, ref: Ref<Instance>): BlockDevice[] => {
  const collected = ctx.contents.collected('ec2', ref.region, 'volumes');
  return (ref.data.BlockDeviceMappings ?? []).flatMap((mapping, i): BlockDevice[] => {
    const volumeId = mapping.Ebs?.VolumeId;
    if (volumeId === undefined) return [];
    const volume = volumes(ref.region, volumeId);
    const mappingLine = lineAt(ref.node, ['BlockDeviceMappings', i]);
    const deleteOnTermination = mapping.Ebs?.DeleteOnTermination;
    if (!volume)
      return [
        {
          deviceName: mapping.DeviceName,
          encrypted: collected
            ? unknown(`volume ${volumeId} is not in the snapshot`)
            : ctx.notCollected('ec2', ref.region, 'volumes'),
          deleteOnTermination,
          line: mappingLine,
        },
      ];
    // The volume's own record holds the encryption: point there.
    return [
      {
        deviceName: mapping.DeviceName,
        encrypted: volume.data.Encrypted,
        deleteOnTermination,
        line: lineIfPresent(volume.node, ['Encrypted']) ?? volume.node.line,
      },
    ];
  });
};

export const adaptInstances = (lookups: Ec2Lookups): Ec2Instance[] => {
  const { ctx } = lookups;
  return ctx.contents
    .items('ec2', 'instances')
    .filter((ref) => !GONE.has(ref.data.State?.Name ?? ''))
    .map((ref): Ec2Instance => {
      const { data, region } = ref;
      const own = metadataOptions(data.MetadataOptions);
      let options: Attr<MetadataOptions> | undefined = own;
      if (!own) {
        const template = instanceTemplate(lookups, ref);
        options = isUnknown(template)
          ? unknown(`set by the launch template, which cannot be read: ${template.reason}`)
          : metadataOptions(template?.data.LaunchTemplateData?.MetadataOptions);
      }
      // A running account answers the question directly: the instance has a public address or it has not.
      const network: NetworkPlacement = {
        associatePublicIp: data.PublicIpAddress !== undefined,
        ...(data.SubnetId ? { subnet: subnetPlacement(lookups, region, data.SubnetId) } : {}),
      };
      return {
        ...ctx.base('aws.ec2.instance', ref, ctx.arn('ec2', region, `instance/${data.InstanceId}`), {
          metadataOptions: ['MetadataOptions'],
          'metadataOptions.httpTokens': ['MetadataOptions', 'HttpTokens'],
          'metadataOptions.httpEndpoint': ['MetadataOptions', 'HttpEndpoint'],
          'network.associatePublicIp': ['PublicIpAddress'],
          'network.subnet': ['SubnetId'],
          disableApiTermination: ['DescribeInstanceAttribute', 'DisableApiTermination', 'Value'],
        }),
        metadataOptions: options,
        network,
        blockDevices: instanceBlockDevices(lookups, ref),
        disableApiTermination:
          data.DescribeInstanceAttribute === undefined
            ? ctx.callMissing('ec2', region, 'DescribeInstanceAttribute', data.InstanceId)
            : data.DescribeInstanceAttribute.DisableApiTermination?.Value,
      };
    });
};

export const adaptLaunchTemplates = (lookups: Ec2Lookups): LaunchTemplate[] => {
  const { ctx } = lookups;
  return ctx.contents.items('ec2', 'launchTemplateVersions').map((ref): LaunchTemplate => {
    const { data, region } = ref;
    const launch = data.LaunchTemplateData;
    const nics = launch?.NetworkInterfaces ?? [];
    const primaryIndex = Math.max(
      0,
      nics.findIndex((n) => (n.DeviceIndex ?? 0) === 0),
    );
    const nic = nics[primaryIndex];
    const blockDevices = (launch?.BlockDeviceMappings ?? []).flatMap((m, i): BlockDevice[] =>
      m.Ebs
        ? [
            {
              deviceName: m.DeviceName,
              encrypted: m.Ebs.Encrypted,
              snapshotId: m.Ebs.SnapshotId,
              deleteOnTermination: m.Ebs.DeleteOnTermination,
              line:
                lineIfPresent(ref.node, [
                  'LaunchTemplateData',
                  'BlockDeviceMappings',
                  i,
                  'Ebs',
                  'Encrypted',
                ]) ?? lineAt(ref.node, ['LaunchTemplateData', 'BlockDeviceMappings', i]),
            },
          ]
        : [],
    );
    const nicPath = ['LaunchTemplateData', 'NetworkInterfaces', primaryIndex];
    return {
      ...ctx.base(
        'aws.ec2.launch-template',
        ref,
        ctx.arn('ec2', region, `launch-template/${data.LaunchTemplateId}`),
        {
          metadataOptions: ['LaunchTemplateData', 'MetadataOptions'],
          'metadataOptions.httpTokens': ['LaunchTemplateData', 'MetadataOptions', 'HttpTokens'],
          'metadataOptions.httpEndpoint': ['LaunchTemplateData', 'MetadataOptions', 'HttpEndpoint'],
          'network.associatePublicIp': [...nicPath, 'AssociatePublicIpAddress'],
          'network.subnet': [...nicPath, 'SubnetId'],
        },
      ),
      metadataOptions: metadataOptions(launch?.MetadataOptions),
      network: {
        associatePublicIp: nic?.AssociatePublicIpAddress,
        ...(nic?.SubnetId ? { subnet: subnetPlacement(lookups, region, nic.SubnetId) } : {}),
      },
      blockDevices,
    };
  });
};

/**
 * Volumes not attached to an instance of the snapshot. An attached volume is judged once, through the instance
 * that uses it (its block devices), so a finding is not reported twice.
 */
export const adaptVolumes = (ctx: SnapshotContext, instances: readonly Ec2Instance[]): EbsVolume[] => {
  const adapted = new Set(instances.map((i) => i.address));
  return ctx.contents
    .items('ec2', 'volumes')
    .filter(
      (ref) =>
        !(ref.data.Attachments ?? []).some(
          (a) => a.InstanceId && adapted.has(ctx.arn('ec2', ref.region, `instance/${a.InstanceId}`)),
        ),
    )
    .map((ref) => ({
      ...ctx.base('aws.ec2.volume', ref, ctx.arn('ec2', ref.region, `volume/${ref.data.VolumeId}`), {
        encrypted: ['Encrypted'],
        snapshotId: ['SnapshotId'],
      }),
      encrypted: ref.data.Encrypted,
      snapshotId: ref.data.SnapshotId || undefined,
    }));
};
