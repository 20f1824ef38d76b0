import { describe, expect, it } from 'vitest';
import { isUnknown, Unknown } from '../../model/value.js';
import { adaptTrail } from './adapt-aws-trail.js';
import { tfResource } from './test-support.js';
import { type TfObject, TfReference, type TfResource } from './tf-resource.js';

const trail = (values: TfObject, attributeLines: Record<string, number> = {}): TfResource =>
  tfResource('aws_cloudtrail.main', values, { attributeLines });

describe('aws_cloudtrail', () => {
  it('reads regions and validation, leaving unset ones undefined (off by default)', () => {
    expect(adaptTrail(trail({ is_multi_region_trail: true }, { is_multi_region_trail: 4 }))).toMatchObject({
      kind: 'aws.cloudtrail.trail',
      address: 'aws_cloudtrail.main',
      multiRegion: true,
      logFileValidation: undefined,
      attributeLines: { multiRegion: 4 },
    });
  });

  it('names the key, log group and role as written, or by the address of the resource referenced', () => {
    const adapted = adaptTrail(
      trail(
        {
          kms_key_id: new TfReference('aws_kms_key.trail', 'arn'),
          cloud_watch_logs_group_arn: 'arn:aws:logs:eu-west-1:123456789012:log-group:trail:*',
          cloud_watch_logs_role_arn: '',
        },
        { kms_key_id: 6 },
      ),
    );
    expect(adapted).toMatchObject({
      kmsKeyId: 'aws_kms_key.trail',
      cloudWatchLogGroup: 'arn:aws:logs:eu-west-1:123456789012:log-group:trail:*',
      cloudWatchRole: undefined,
      attributeLines: { kmsKeyId: 6 },
    });
    const maybeNull = adaptTrail(trail({ kms_key_id: new Unknown('variable "key" has no default') }));
    expect(isUnknown(maybeNull.kmsKeyId)).toBe(true);
  });

  it('reads basic and advanced event selectors, and leaves them undefined when none is declared', () => {
    const adapted = adaptTrail(
      trail(
        {
          event_selector: [{ read_write_type: 'ReadOnly', include_management_events: true }],
          advanced_event_selector: [
            {
              name: 'management',
              field_selector: [
                { field: 'eventCategory', equals: ['Management'] },
                { field: 'readOnly', not_equals: ['true'] },
              ],
            },
          ],
        },
        { 'event_selector.0': 5, 'advanced_event_selector.0': 9 },
      ),
    );
    expect(adapted.eventSelectors).toEqual([
      { includeManagementEvents: true, readWriteType: 'ReadOnly', line: 5 },
    ]);
    expect(adapted.advancedEventSelectors).toEqual([
      {
        fieldSelectors: [
          { field: 'eventCategory', equals: ['Management'], notEquals: undefined },
          { field: 'readOnly', equals: undefined, notEquals: ['true'] },
        ],
        line: 9,
      },
    ]);
    const none = adaptTrail(trail({}));
    expect(none.eventSelectors).toBeUndefined();
    expect(none.advancedEventSelectors).toBeUndefined();
    const dynamic = new Unknown('dynamic block over an unknown collection');
    expect(adaptTrail(trail({ event_selector: dynamic })).eventSelectors).toBe(dynamic);
  });
});
