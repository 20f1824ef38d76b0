import type { ConfigRecorder, ConfigRecordingGroup, GuardDutyDetector } from '../../model/aws.js';
import { type Attr, isUnknown } from '../../model/value.js';
import { resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { block, bool, str, strList, type TfSource } from './tf-values.js';

// aws_guardduty_detector and aws_config_configuration_recorder. Where the provider fills in a default that the
// model's "not set" would read differently, the default is written out (see each function).

/**
 * aws_guardduty_detector. `enable` defaults to true in the provider, which always sends it; the model's
 * undefined would mean "not set, so the detector cannot be created" (CloudFormation requires it), so true is
 * written.
 */
export const adaptGuardDutyDetector = (r: TfResource): GuardDutyDetector => ({
  ...resourceBase('aws', r, 'aws.guardduty.detector', { enable: 'enabled' }),
  enabled: bool(r.values, 'enable') ?? true,
});

const resourceTypes = (source: TfSource): Attr<readonly Attr<string>[]> | undefined =>
  strList(source, 'resource_types');

/**
 * The `recording_group` block. Without it AWS Config records every supported regional type but not the global
 * IAM types: the model's undefined. Inside it, `all_supported` defaults to true (written out, as the provider
 * sends it) and `include_global_resource_types` to false (left unset: the model documents that default).
 */
const recordingGroup = (r: TfResource): Attr<ConfigRecordingGroup> | undefined => {
  const group = block(r.values, 'recording_group');
  if (group === undefined || isUnknown(group)) return group;
  const strategy = block(group, 'recording_strategy');
  const exclusions = block(group, 'exclusion_by_resource_types');
  return {
    allSupported: bool(group, 'all_supported') ?? true,
    includeGlobalResourceTypes: bool(group, 'include_global_resource_types'),
    strategy: isUnknown(strategy) ? strategy : str(strategy, 'use_only'),
    resourceTypes: resourceTypes(group),
    excludedResourceTypes: isUnknown(exclusions) ? exclusions : resourceTypes(exclusions),
  };
};

export const adaptConfigRecorder = (r: TfResource): ConfigRecorder => ({
  ...resourceBase('aws', r, 'aws.config.recorder', {
    recording_group: 'recordingGroup',
    'recording_group.0.all_supported': 'recordingGroup.allSupported',
    'recording_group.0.include_global_resource_types': 'recordingGroup.includeGlobalResourceTypes',
    'recording_group.0.recording_strategy': 'recordingGroup.strategy',
    'recording_group.0.resource_types': 'recordingGroup.resourceTypes',
    'recording_group.0.exclusion_by_resource_types': 'recordingGroup.excludedResourceTypes',
  }),
  recordingGroup: recordingGroup(r),
});
