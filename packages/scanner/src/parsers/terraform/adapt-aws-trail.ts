import type {
  CloudTrail,
  TrailAdvancedSelector,
  TrailEventSelector,
  TrailFieldSelector,
} from '../../model/aws.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { partLine } from './adapt-aws-context.js';
import { resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { blocks, bool, reference, str, strList } from './tf-values.js';

// aws_cloudtrail: regions, log validation, encryption, CloudWatch delivery and the events it records. Unset
// selectors stay undefined: the trail then records every management event, as the model documents.

const eventSelectors = (r: TfResource): Attr<readonly TrailEventSelector[]> | undefined => {
  const list = blocks(r.values, 'event_selector');
  if (isUnknown(list)) return list;
  if (list.length === 0) return undefined;
  return list.map((s, i) => {
    const line = partLine(r, `event_selector.${i}`);
    if (isUnknown(s)) return { includeManagementEvents: s, readWriteType: s, line };
    return {
      includeManagementEvents: bool(s, 'include_management_events'),
      readWriteType: str(s, 'read_write_type'),
      line,
    };
  });
};

const advancedSelectors = (r: TfResource): Attr<readonly TrailAdvancedSelector[]> | undefined => {
  const list = blocks(r.values, 'advanced_event_selector');
  if (isUnknown(list)) return list;
  if (list.length === 0) return undefined;
  return list.map((s, i) => {
    const line = partLine(r, `advanced_event_selector.${i}`);
    const fields = blocks(s, 'field_selector');
    if (isUnknown(fields)) return { fieldSelectors: fields, line };
    return {
      fieldSelectors: fields.map(
        (f): TrailFieldSelector =>
          isUnknown(f)
            ? { field: f }
            : {
                field: str(f, 'field') ?? unknown('the field selector names no field'),
                equals: strList(f, 'equals'),
                notEquals: strList(f, 'not_equals'),
              },
      ),
      line,
    };
  });
};

export const adaptTrail = (r: TfResource): CloudTrail => ({
  ...resourceBase('aws', r, 'aws.cloudtrail.trail', {
    is_multi_region_trail: 'multiRegion',
    enable_log_file_validation: 'logFileValidation',
    kms_key_id: 'kmsKeyId',
    cloud_watch_logs_group_arn: 'cloudWatchLogGroup',
    cloud_watch_logs_role_arn: 'cloudWatchRole',
    event_selector: 'eventSelectors',
    advanced_event_selector: 'advancedEventSelectors',
  }),
  multiRegion: bool(r.values, 'is_multi_region_trail'),
  logFileValidation: bool(r.values, 'enable_log_file_validation'),
  kmsKeyId: reference(r.values, 'kms_key_id'),
  cloudWatchLogGroup: reference(r.values, 'cloud_watch_logs_group_arn'),
  cloudWatchRole: reference(r.values, 'cloud_watch_logs_role_arn'),
  eventSelectors: eventSelectors(r),
  advancedEventSelectors: advancedSelectors(r),
});
