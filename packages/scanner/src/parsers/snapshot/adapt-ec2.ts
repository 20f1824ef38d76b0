import type {
  BlockDevice,
  EbsVolume,
  Ec2Instance,
  LaunchTemplate,
  MetadataOptions,
  NetworkPlacement,
  Subnet,
  SubnetPlacement,
} from '../../model/aws.js';
import { type Attr, type Unknown, unknown } from '../../model/value.js';
import type { SnapshotItem } from '../../snapshot/snapshot-schema.js';
import { mapItems, type ReadItem } from './read-snapshot.js';
import { RegionIndex } from './region-index.js';
import type { SnapshotContext } from './snapshot-context.js';

type Instance = SnapshotItem<'ec2', 'instances'>;
type Item<T> = ReadItem<T>;

/** Instances AWS no longer runs nor bills: still listed for a while after termination. */
const GONE = new Set(['terminated', 'shutting-down']);

const LAUNCH_TEMPLATE_TAG = 'aws:ec2launchtemplate:id';
const LAUNCH_TEMPLATE_VERSION_TAG = 'aws:ec2launchtemplate:version';

const metadataOptions = (
  options: { HttpTokens?: string | undefined; HttpEndpoint?: string | undefined } | undefined,
): MetadataOptions | undefined =>
  options && { httpTokens: options.HttpTokens, httpEndpoint: options.HttpEndpoint };

/** What an instance needs of an attached volume: its encryption and where the snapshot says it. */
interface VolumeFacts {
  readonly encrypted: boolean | undefined;
  readonly line: number;
}

/** What an instance needs of the launch template it was started from. */
interface TemplateFacts {
  readonly versionNumber: number | undefined;
  readonly metadataOptions: MetadataOptions | undefined;
}

/**
 * What instances need of the items they name by id, by region and id, gathered while those items are adapted
 * (each item is read once: see SnapshotItemRef). A later item with the same id wins, as in a lookup table.
 */
interface Ec2Lookups {
  readonly ctx: SnapshotContext;
  readonly subnets: RegionIndex<Subnet>;
  readonly volumes: RegionIndex<VolumeFacts>;
  readonly templates: RegionIndex<TemplateFacts>;
  /** Subnet placements already built, by region and subnet id. */
  readonly placements: RegionIndex<SubnetPlacement>;
}

/** The subnet an instance or template is placed in; one object per subnet, shared by all that use it. */
const subnetPlacement = (lookups: Ec2Lookups, region: string, subnetId: string): SubnetPlacement => {
  const known = lookups.placements.get(region, subnetId);
  if (known) return known;
  const placement = placeInSubnet(lookups, region, subnetId);
  lookups.placements.set(region, subnetId, placement);
  return placement;
};

const placeInSubnet = ({ ctx, subnets }: Ec2Lookups, region: string, subnetId: string): SubnetPlacement => {
  const subnet = subnets.get(region, subnetId);
  if (subnet) return { address: subnet.address, mapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch };
  const address = ctx.arn('ec2', region, `subnet/${subnetId}`);
  return {
    address,
    mapPublicIpOnLaunch: ctx.contents.collected('ec2', region, 'subnets')
      ? unknown(`subnet ${subnetId} is not in the snapshot`)
      : ctx.notCollected('ec2', region, 'subnets'),
  };
};

/** The metadata options of the launch template an instance was started from, or why they cannot be read. */
const templateOptions = (
  { ctx, templates }: Ec2Lookups,
  data: Instance,
  region: string,
): Attr<MetadataOptions> | undefined => {
  const tag = (key: string) => data.Tags?.find((t) => t.Key === key)?.Value;
  const id = tag(LAUNCH_TEMPLATE_TAG);
  if (id === undefined) return undefined;
  const cannot = (why: Unknown) => unknown(`set by the launch template, which cannot be read: ${why.reason}`);
  if (!ctx.contents.collected('ec2', region, 'launchTemplateVersions'))
    return cannot(ctx.notCollected('ec2', region, 'launchTemplateVersions'));
  const found = templates.get(region, id);
  if (!found) return cannot(unknown(`launch template ${id} is not in the snapshot`));
  const version = tag(LAUNCH_TEMPLATE_VERSION_TAG);
  if (version !== undefined && found.versionNumber !== undefined && version !== String(found.versionNumber))
    return cannot(
      unknown(
        `the instance was started from version ${version} of ${id}; the snapshot holds its default version ${found.versionNumber}`,
      ),
    );
  return found.metadataOptions;
};

const instanceBlockDevices = (
  { ctx, volumes }: Ec2Lookups,
  { data, lines }: Item<Instance>,
  region: string,
): BlockDevice[] => {
  const collected = ctx.contents.collected('ec2', region, 'volumes');
  return (data.BlockDeviceMappings ?? []).flatMap((mapping, i): BlockDevice[] => {
    const volumeId = mapping.Ebs?.VolumeId;
    if (volumeId === undefined) return [];
    const volume = volumes.get(region, volumeId);
    const deleteOnTermination = mapping.Ebs?.DeleteOnTermination;
    if (!volume)
      return [
        {
          deviceName: mapping.DeviceName,
          encrypted: collected
            ? unknown(`volume ${volumeId} is not in the snapshot`)
            : ctx.notCollected('ec2', region, 'volumes'),
          deleteOnTermination,
          line: lines.lineAt(['BlockDeviceMappings', i]),
        },
      ];
    return [
      { deviceName: mapping.DeviceName, encrypted: volume.encrypted, deleteOnTermination, line: volume.line },
    ];
  });
};

const INSTANCE_LINES = {
  metadataOptions: ['MetadataOptions'],
  'metadataOptions.httpTokens': ['MetadataOptions', 'HttpTokens'],
  'metadataOptions.httpEndpoint': ['MetadataOptions', 'HttpEndpoint'],
  'network.associatePublicIp': ['PublicIpAddress'],
  'network.subnet': ['SubnetId'],
  disableApiTermination: ['DescribeInstanceAttribute', 'DisableApiTermination', 'Value'],
} as const;

interface AdaptedInstances {
  readonly instances: Ec2Instance[];
  /** The instances that still exist, by region and id: the volumes attached to them are judged through them. */
  readonly live: RegionIndex<true>;
}

/** Instances that still exist (not terminated nor shutting down). */
const adaptInstances = (lookups: Ec2Lookups): AdaptedInstances => {
  const { ctx } = lookups;
  const instances: Ec2Instance[] = [];
  const live = new RegionIndex<true>();
  ctx.contents.each('ec2', 'instances', (item) => {
    const { data, region } = item;
    if (GONE.has(data.State?.Name ?? '')) return;
    live.set(region, data.InstanceId, true);
    // A running account answers the question directly: the instance has a public address or it has not.
    const network: NetworkPlacement = {
      associatePublicIp: data.PublicIpAddress !== undefined,
      ...(data.SubnetId ? { subnet: subnetPlacement(lookups, region, data.SubnetId) } : {}),
    };
    instances.push(
      ctx.resource(
        'aws.ec2.instance',
        item.lines,
        ctx.arn('ec2', region, `instance/${data.InstanceId}`),
        INSTANCE_LINES,
        {
          metadataOptions: metadataOptions(data.MetadataOptions) ?? templateOptions(lookups, data, region),
          network,
          blockDevices: instanceBlockDevices(lookups, item, region),
          disableApiTermination:
            data.DescribeInstanceAttribute === undefined
              ? ctx.callMissing('ec2', region, 'DescribeInstanceAttribute', data.InstanceId)
              : data.DescribeInstanceAttribute.DisableApiTermination?.Value,
        },
      ),
    );
  });
  return { instances, live };
};

/** Launch templates (their default versions), noting what instances started from them need. */
const adaptLaunchTemplates = (lookups: Ec2Lookups): LaunchTemplate[] => {
  const { ctx } = lookups;
  return mapItems(ctx.contents, 'ec2', 'launchTemplateVersions', (ref): LaunchTemplate => {
    const { data, lines } = ref;
    const { region } = ref;
    const launch = data.LaunchTemplateData;
    const options = metadataOptions(launch?.MetadataOptions);
    lookups.templates.set(region, data.LaunchTemplateId, {
      versionNumber: data.VersionNumber,
      metadataOptions: options,
    });
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
                lines.lineIfPresent(['LaunchTemplateData', 'BlockDeviceMappings', i, 'Ebs', 'Encrypted']) ??
                lines.lineAt(['LaunchTemplateData', 'BlockDeviceMappings', i]),
            },
          ]
        : [],
    );
    const nicPath = ['LaunchTemplateData', 'NetworkInterfaces', primaryIndex];
    return ctx.resource(
      'aws.ec2.launch-template',
      lines,
      ctx.arn('ec2', region, `launch-template/${data.LaunchTemplateId}`),
      {
        metadataOptions: ['LaunchTemplateData', 'MetadataOptions'],
        'metadataOptions.httpTokens': ['LaunchTemplateData', 'MetadataOptions', 'HttpTokens'],
        'metadataOptions.httpEndpoint': ['LaunchTemplateData', 'MetadataOptions', 'HttpEndpoint'],
        'network.associatePublicIp': [...nicPath, 'AssociatePublicIpAddress'],
        'network.subnet': [...nicPath, 'SubnetId'],
      },
      {
        metadataOptions: options,
        network: {
          associatePublicIp: nic?.AssociatePublicIpAddress,
          ...(nic?.SubnetId ? { subnet: subnetPlacement(lookups, region, nic.SubnetId) } : {}),
        },
        blockDevices,
      },
    );
  });
};

const VOLUME_LINES = { encrypted: ['Encrypted'], snapshotId: ['SnapshotId'] } as const;

/** A volume, its region, and the ids of the instances it is attached to. */
interface VolumeCandidate {
  readonly volume: EbsVolume;
  readonly region: string;
  readonly attachedTo: readonly (string | undefined)[];
}

/** Every volume, noting what an instance that uses it needs. */
const readVolumes = (lookups: Ec2Lookups): VolumeCandidate[] => {
  const { ctx } = lookups;
  return mapItems(ctx.contents, 'ec2', 'volumes', (ref) => {
    const { data, lines } = ref;
    const { region } = ref;
    const volume = ctx.resource(
      'aws.ec2.volume',
      lines,
      ctx.arn('ec2', region, `volume/${data.VolumeId}`),
      VOLUME_LINES,
      {
        encrypted: data.Encrypted,
        snapshotId: data.SnapshotId || undefined,
      },
    );
    // The volume's own record holds the encryption: findings on an instance's block device point there.
    lookups.volumes.set(region, data.VolumeId, {
      encrypted: data.Encrypted,
      line: volume.attributeLines.encrypted ?? volume.location.line,
    });
    return { volume, region, attachedTo: (data.Attachments ?? []).map((a) => a.InstanceId) };
  });
};

export interface AdaptedEc2 {
  readonly instances: Ec2Instance[];
  readonly templates: LaunchTemplate[];
  /**
   * Volumes not attached to an instance of the snapshot. An attached volume is judged once, through the instance
   * that uses it (its block devices), so a finding is not reported twice.
   */
  readonly volumes: EbsVolume[];
}

/** Instances, launch templates and volumes, given the subnets (by region and id) they may be placed in. */
export const adaptEc2 = (ctx: SnapshotContext, subnets: RegionIndex<Subnet>): AdaptedEc2 => {
  const lookups: Ec2Lookups = {
    ctx,
    subnets,
    volumes: new RegionIndex(),
    templates: new RegionIndex(),
    placements: new RegionIndex(),
  };
  const templates = adaptLaunchTemplates(lookups);
  const volumes = readVolumes(lookups);
  const { instances, live } = adaptInstances(lookups);
  return {
    instances,
    templates,
    volumes: volumes
      .filter((v) => !v.attachedTo.some((id) => id && live.has(v.region, id)))
      .map((v) => v.volume),
  };
};
