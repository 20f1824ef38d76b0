import {
  type Attr,
  defineCheck,
  fail,
  firstUnknown,
  isKnown,
  isUnknown,
  pass,
  unresolved,
} from '../../kit.js';

const listed = (types: Attr<readonly Attr<string>[]> | undefined) =>
  types !== undefined && (isUnknown(types) || types.length > 0);

export const check = defineCheck(import.meta.url, {
  id: 'aws-config-recorder-all-resources',
  title: 'AWS Config records every supported resource type, global IAM types included',
  description:
    'Looks at every AWS::Config::ConfigurationRecorder. Passes when its RecordingGroup records all supported ' +
    'types (AllSupported true, or the ALL_SUPPORTED_RESOURCE_TYPES strategy, with no list of types) and sets ' +
    'IncludeGlobalResourceTypes to true. Fails for a recorder limited to listed types or with exclusions, and for ' +
    'one that leaves global types out: not setting a RecordingGroup, or leaving IncludeGlobalResourceTypes unset, ' +
    'records regional types only, so IAM users, groups, roles and policies are not tracked.',
  rationale:
    'The configuration history AWS Config keeps is how changes to the cloud service are reviewed and how an ' +
    'investigation reconstructs what a resource looked like at a given time. Resource types left out of the ' +
    'recorder, IAM above all, can change without trace or review.',
  severity: 'medium',
  provider: 'aws',
  service: 'config',
  resourceKinds: ['aws.config.recorder'],
  remediation: {
    summary:
      'Record all supported resource types and include the global IAM types (in at least the region that holds your audit trail).',
    terraform:
      'resource "aws_config_configuration_recorder" "main" {\n  name     = "default"\n  role_arn = aws_iam_role.config.arn\n  recording_group {\n    all_supported                 = true\n    include_global_resource_types = true\n  }\n}',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=arn:aws:iam::111122223333:role/config-recorder --recording-group allSupported=true,includeGlobalResourceTypes=true',
  },
  references: [
    'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-config-configurationrecorder-recordinggroup.html',
  ],
  evaluate(recorder) {
    const group = recorder.recordingGroup;
    if (group === undefined)
      return fail(
        'no recording group is set: only regional resource types are recorded, global IAM types are left out',
      );
    if (isUnknown(group)) return unresolved('the recording group', group, { attribute: 'recordingGroup' });
    const { allSupported, strategy, includeGlobalResourceTypes: global } = group;
    const partial =
      allSupported === false ||
      (isKnown(strategy) && strategy !== 'ALL_SUPPORTED_RESOURCE_TYPES') ||
      listed(group.resourceTypes) ||
      listed(group.excludedResourceTypes);
    if (partial && !isUnknown(group.resourceTypes) && !isUnknown(group.excludedResourceTypes))
      return fail('the recorder records only some resource types (a list, or exclusions)', {
        attribute: 'recordingGroup',
      });
    const doubt = firstUnknown(allSupported, strategy, group.resourceTypes, group.excludedResourceTypes);
    if (doubt) return unresolved('which resource types are recorded', doubt, { attribute: 'recordingGroup' });
    const at = { attribute: 'recordingGroup.includeGlobalResourceTypes' };
    if (isUnknown(global)) return unresolved('whether global resource types are recorded', global, at);
    return global === true
      ? pass('every supported resource type is recorded, global IAM types included', at)
      : fail(
          `global IAM resource types are not recorded (their recording is ${global === false ? 'turned off' : 'not turned on'})`,
          global === false ? at : { attribute: 'recordingGroup' },
        );
  },
});
