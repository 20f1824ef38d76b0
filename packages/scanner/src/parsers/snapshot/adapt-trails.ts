import type { CloudTrail, TrailAdvancedSelector, TrailEventSelector } from '../../model/aws.js';
import type { Attr } from '../../model/value.js';
import type { SnapshotItem } from '../../snapshot/snapshot-schema.js';
import type { ReadItem } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

type TrailData = SnapshotItem<'cloudtrail', 'trails'>;

/** A trail entry (trails are few: each is kept while choosing which entry of a trail to adapt). */
type Trail = ReadItem<TrailData>;

interface Selectors {
  readonly eventSelectors?: Attr<readonly TrailEventSelector[]>;
  readonly advancedEventSelectors?: Attr<readonly TrailAdvancedSelector[]>;
}

/**
 * The trail's selectors from its GetEventSelectors output. A trail answers with one kind or the other; an empty
 * list means the kind is not in use, as when a template declares none.
 */
const selectors = (ctx: SnapshotContext, ref: Trail): Selectors => {
  const output = ref.data.GetEventSelectors;
  if (output === undefined) {
    const missing = ctx.callMissing('cloudtrail', ref.region, 'GetEventSelectors', ref.data.TrailARN);
    return { eventSelectors: missing, advancedEventSelectors: missing };
  }
  const basic = output.EventSelectors ?? [];
  const advanced = output.AdvancedEventSelectors ?? [];
  return {
    eventSelectors: basic.length
      ? basic.map((s, i) => ({
          includeManagementEvents: s.IncludeManagementEvents,
          readWriteType: s.ReadWriteType,
          line: ref.lines.lineAt(['GetEventSelectors', 'EventSelectors', i]),
        }))
      : undefined,
    advancedEventSelectors: advanced.length
      ? advanced.map((s, i) => ({
          fieldSelectors: s.FieldSelectors.map((f) => ({
            field: f.Field,
            equals: f.Equals,
            notEquals: f.NotEquals,
          })),
          line: ref.lines.lineAt(['GetEventSelectors', 'AdvancedEventSelectors', i]),
        }))
      : undefined,
  };
};

/** How well an entry of a trail describes it: from its home region, and with the companion calls' outputs. */
const completeness = (ref: Trail) =>
  (ref.region === ref.data.HomeRegion ? 2 : 0) + (ref.data.GetEventSelectors !== undefined ? 1 : 0);

/**
 * Trails, once each: DescribeTrails lists a multi-region trail in every region (as a shadow trail). The entry
 * from its home region is kept, else the one with the selectors, else the first.
 */
export const adaptTrails = (ctx: SnapshotContext): CloudTrail[] => {
  const chosen = new Map<string, Trail>();
  ctx.contents.each('cloudtrail', 'trails', (ref) => {
    const seen = chosen.get(ref.data.TrailARN);
    if (!seen || completeness(ref) > completeness(seen)) chosen.set(ref.data.TrailARN, ref);
  });
  return [...chosen.values()].map((ref) =>
    ctx.resource(
      'aws.cloudtrail.trail',
      ref.lines,
      ref.data.TrailARN,
      {
        multiRegion: ['IsMultiRegionTrail'],
        logFileValidation: ['LogFileValidationEnabled'],
        kmsKeyId: ['KmsKeyId'],
        cloudWatchLogGroup: ['CloudWatchLogsLogGroupArn'],
        cloudWatchRole: ['CloudWatchLogsRoleArn'],
        eventSelectors: ['GetEventSelectors', 'EventSelectors'],
        advancedEventSelectors: ['GetEventSelectors', 'AdvancedEventSelectors'],
      },
      {
        multiRegion: ref.data.IsMultiRegionTrail,
        logFileValidation: ref.data.LogFileValidationEnabled,
        kmsKeyId: ref.data.KmsKeyId,
        cloudWatchLogGroup: ref.data.CloudWatchLogsLogGroupArn,
        cloudWatchRole: ref.data.CloudWatchLogsRoleArn,
        ...selectors(ctx, ref),
      },
    ),
  );
};
