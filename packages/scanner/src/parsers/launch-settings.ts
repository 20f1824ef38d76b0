import type { BlockDevice, MetadataOptions, NetworkPlacement } from '../model/aws.js';
import { type Attr, isUnknown, type Unknown, unknown } from '../model/value.js';

/** What a launch template, a launch configuration or an instance declares about the instances it starts. */
export interface LaunchSettings {
  readonly metadataOptions?: Attr<MetadataOptions>;
  readonly network: NetworkPlacement;
  readonly blockDevices: readonly BlockDevice[];
  readonly disableApiTermination?: Attr<boolean>;
  /** True when the source says anything about networking (a subnet, interfaces or a public-IP flag). */
  readonly declaresNetwork: boolean;
}

/**
 * The settings an instance runs with, whatever the input format: each of its own, else the one of the launch
 * template it names; Unknown where a template that cannot be read would decide. `borrowDevices` adapts the
 * template's block devices (their lines) to the instance.
 */
export const withLaunchTemplate = (
  own: LaunchSettings,
  template: LaunchSettings | Unknown | undefined,
  borrowDevices: (devices: readonly BlockDevice[]) => readonly BlockDevice[] = (d) => d,
): Omit<LaunchSettings, 'declaresNetwork'> => {
  const unreadable = isUnknown(template)
    ? unknown(`set by the launch template, which cannot be read: ${template.reason}`)
    : undefined;
  const inherit = <T>(
    mine: T | undefined,
    pick: (s: LaunchSettings) => T | undefined,
  ): T | Unknown | undefined =>
    mine !== undefined || template === undefined ? mine : (unreadable ?? pick(template as LaunchSettings));
  return {
    metadataOptions: inherit(own.metadataOptions, (s) => s.metadataOptions),
    network:
      own.declaresNetwork || template === undefined
        ? own.network
        : unreadable
          ? { associatePublicIp: unreadable }
          : (template as LaunchSettings).network,
    blockDevices:
      own.blockDevices.length > 0 || template === undefined || unreadable
        ? own.blockDevices
        : borrowDevices((template as LaunchSettings).blockDevices),
    disableApiTermination: inherit(own.disableApiTermination, (s) => s.disableApiTermination),
  };
};
