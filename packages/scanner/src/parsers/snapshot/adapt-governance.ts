import type { InputIssue } from '../../inputs/input-issue.js';
import type { ConfigRecorder, EksCluster, EksEncryption, GuardDutyDetector } from '../../model/aws.js';
import { unknown } from '../../model/value.js';
import type { SnapshotService } from '../../snapshot/snapshot-schema.js';
import { mapItems } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

/**
 * A warning for each region where a listing was collected and came back empty: an account-level setting (threat
 * detection, configuration recording) that is simply not there, which no resource can stand for.
 */
const absentIn = (
  ctx: SnapshotContext,
  service: SnapshotService,
  type: string,
  seen: ReadonlySet<string>,
  what: string,
): InputIssue[] =>
  ctx.contents.envelope.regions
    .filter((region) => ctx.contents.collected(service, region, type) && !seen.has(region))
    .map((region) => ({
      level: 'warning',
      location: { file: ctx.file, line: ctx.contents.lineAt(['services', service, region, type]) },
      message: `${region} has no ${what}: no check can look at it, so nothing in this scan covers that region`,
    }));

/**
 * GuardDuty detectors, enabled when GetDetector says ENABLED. A region with no detector at all is not a detector
 * that is switched off (the check would report a resource that does not exist): it is reported as a warning.
 */
export const adaptGuardDuty = (
  ctx: SnapshotContext,
): { detectors: GuardDutyDetector[]; issues: InputIssue[] } => {
  const seen = new Set<string>();
  const detectors = mapItems(ctx.contents, 'guardduty', 'detectors', (ref) => {
    const { data, lines, region } = ref;
    seen.add(region);
    const status = data.GetDetector?.Status;
    return ctx.resource(
      'aws.guardduty.detector',
      lines,
      ctx.arn('guardduty', region, `detector/${data.DetectorId}`),
      { enabled: ['GetDetector', 'Status'] },
      {
        enabled:
          data.GetDetector === undefined
            ? ctx.callMissing('guardduty', region, 'GetDetector', data.DetectorId)
            : status === undefined
              ? unknown(`GetDetector gave no Status for detector ${data.DetectorId}`)
              : status === 'ENABLED',
      },
    );
  });
  return { detectors, issues: absentIn(ctx, 'guardduty', 'detectors', seen, 'GuardDuty detector') };
};

/** AWS Config recorders with their recording group, as the API returns it (camel-case keys). */
export const adaptConfigRecorders = (
  ctx: SnapshotContext,
): { recorders: ConfigRecorder[]; issues: InputIssue[] } => {
  const seen = new Set<string>();
  const recorders = mapItems(ctx.contents, 'config', 'recorders', (ref) => {
    const { data, lines, region } = ref;
    seen.add(region);
    const group = data.recordingGroup;
    return ctx.resource(
      'aws.config.recorder',
      lines,
      data.arn ?? ctx.arn('config', region, `config-recorder/${data.name}`),
      {
        recordingGroup: ['recordingGroup'],
        'recordingGroup.allSupported': ['recordingGroup', 'allSupported'],
        'recordingGroup.includeGlobalResourceTypes': ['recordingGroup', 'includeGlobalResourceTypes'],
        'recordingGroup.strategy': ['recordingGroup', 'recordingStrategy', 'useOnly'],
        'recordingGroup.resourceTypes': ['recordingGroup', 'resourceTypes'],
        'recordingGroup.excludedResourceTypes': [
          'recordingGroup',
          'exclusionByResourceTypes',
          'resourceTypes',
        ],
      },
      {
        recordingGroup:
          group === undefined
            ? undefined
            : {
                allSupported: group.allSupported,
                includeGlobalResourceTypes: group.includeGlobalResourceTypes,
                strategy: group.recordingStrategy?.useOnly,
                resourceTypes: group.resourceTypes,
                excludedResourceTypes: group.exclusionByResourceTypes?.resourceTypes,
              },
      },
    );
  });
  return { recorders, issues: absentIn(ctx, 'config', 'recorders', seen, 'AWS Config recorder') };
};

/** EKS clusters as DescribeCluster reports them; the API lists every log type, enabled or not. */
export const adaptEksClusters = (ctx: SnapshotContext): EksCluster[] =>
  mapItems(ctx.contents, 'eks', 'clusters', (ref) => {
    const { data, lines, region } = ref;
    const vpc = data.resourcesVpcConfig;
    const logging = data.logging?.clusterLogging;
    const encryption: EksEncryption[] | undefined = data.encryptionConfig?.map((entry, i) => ({
      resources: entry.resources,
      keyArn: entry.provider?.keyArn,
      line: lines.lineAt(['encryptionConfig', i]),
    }));
    return ctx.resource(
      'aws.eks.cluster',
      lines,
      data.arn ?? ctx.arn('eks', region, `cluster/${data.name}`),
      {
        endpointPublicAccess: ['resourcesVpcConfig', 'endpointPublicAccess'],
        endpointPrivateAccess: ['resourcesVpcConfig', 'endpointPrivateAccess'],
        publicAccessCidrs: ['resourcesVpcConfig', 'publicAccessCidrs'],
        logTypes: ['logging'],
        encryption: ['encryptionConfig'],
      },
      {
        endpointPublicAccess: vpc?.endpointPublicAccess,
        endpointPrivateAccess: vpc?.endpointPrivateAccess,
        publicAccessCidrs: vpc?.publicAccessCidrs,
        logTypes:
          logging === undefined
            ? undefined
            : logging.filter((l) => l.enabled === true).flatMap((l) => l.types ?? []),
        encryption,
      },
    );
  });
