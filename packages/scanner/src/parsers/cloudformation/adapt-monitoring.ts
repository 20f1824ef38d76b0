import type { ConfigRecorder, ConfigRecordingGroup, GuardDutyDetector } from '../../model/aws.js';
import { type Attr, isUnknown } from '../../model/value.js';
import { type AdaptContext, begin } from './adapt-context.js';
import type { PropertyReader } from './fields.js';
import { readStringList } from './read-values.js';
import type { CfnResource } from './template.js';

export const adaptGuardDutyDetector = (resource: CfnResource, ctx: AdaptContext): GuardDutyDetector => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.guardduty.detector');
  return { ...base, enabled: r.bool(r.at(props, 'Enable', 'enabled')) };
};

const recordingGroup = (
  r: PropertyReader,
  node: ReturnType<PropertyReader['at']>,
): Attr<ConfigRecordingGroup> | undefined => {
  const group = r.map(node);
  if (!group || isUnknown(group)) return group;
  const strategy = r.map(r.at(group, 'RecordingStrategy', 'recordingGroup.strategy'));
  const exclusions = r.map(r.at(group, 'ExclusionByResourceTypes', 'recordingGroup.excludedResourceTypes'));
  return {
    allSupported: r.bool(r.at(group, 'AllSupported', 'recordingGroup.allSupported')),
    includeGlobalResourceTypes: r.bool(
      r.at(group, 'IncludeGlobalResourceTypes', 'recordingGroup.includeGlobalResourceTypes'),
    ),
    strategy: isUnknown(strategy) ? strategy : r.str(r.at(strategy, 'UseOnly')),
    resourceTypes: readStringList(r, r.at(group, 'ResourceTypes', 'recordingGroup.resourceTypes')),
    excludedResourceTypes: isUnknown(exclusions)
      ? exclusions
      : readStringList(r, r.at(exclusions, 'ResourceTypes')),
  };
};

export const adaptConfigRecorder = (resource: CfnResource, ctx: AdaptContext): ConfigRecorder => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.config.recorder');
  return { ...base, recordingGroup: recordingGroup(r, r.at(props, 'RecordingGroup', 'recordingGroup')) };
};
