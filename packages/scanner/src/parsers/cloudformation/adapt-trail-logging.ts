import type {
  CloudTrail,
  TrailAdvancedSelector,
  TrailEventSelector,
  TrailFieldSelector,
} from '../../model/aws.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import type { TreeMap, TreeNode } from '../yaml/tree.js';
import type { PropertyReader } from './fields.js';
import { readReference, readStringList } from './read-values.js';

type TrailLogging = Pick<
  CloudTrail,
  'kmsKeyId' | 'cloudWatchLogGroup' | 'cloudWatchRole' | 'eventSelectors' | 'advancedEventSelectors'
>;

const eventSelectors = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<readonly TrailEventSelector[]> | undefined => {
  const list = r.list(node);
  if (!list || isUnknown(list)) return list;
  return list.flatMap((item): TrailEventSelector[] => {
    const m = r.map(item);
    if (!m) return [];
    if (isUnknown(m)) return [{ includeManagementEvents: m, line: item.line }];
    return [
      {
        includeManagementEvents: r.bool(r.at(m, 'IncludeManagementEvents')),
        readWriteType: r.str(r.at(m, 'ReadWriteType')),
        line: item.line,
      },
    ];
  });
};

const fieldSelectors = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<readonly TrailFieldSelector[]> => {
  const list = r.list(node);
  if (!list) return [];
  if (isUnknown(list)) return list;
  return list.flatMap((item): TrailFieldSelector[] => {
    const m = r.map(item);
    if (!m) return [];
    if (isUnknown(m)) return [{ field: m }];
    return [
      {
        field: r.str(r.at(m, 'Field')) ?? unknown('the field selector names no Field'),
        equals: readStringList(r, r.at(m, 'Equals')),
        notEquals: readStringList(r, r.at(m, 'NotEquals')),
      },
    ];
  });
};

const advancedSelectors = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<readonly TrailAdvancedSelector[]> | undefined => {
  const list = r.list(node);
  if (!list || isUnknown(list)) return list;
  return list.flatMap((item): TrailAdvancedSelector[] => {
    const m = r.map(item);
    if (!m) return [];
    return [
      { fieldSelectors: isUnknown(m) ? m : fieldSelectors(r, r.at(m, 'FieldSelectors')), line: item.line },
    ];
  });
};

/** What an AWS::CloudTrail::Trail says about encryption, CloudWatch delivery and the events it records. */
export const trailLogging = (r: PropertyReader, props: TreeMap | undefined): TrailLogging => ({
  kmsKeyId: readReference(r, r.at(props, 'KMSKeyId', 'kmsKeyId')),
  cloudWatchLogGroup: readReference(r, r.at(props, 'CloudWatchLogsLogGroupArn', 'cloudWatchLogGroup')),
  cloudWatchRole: readReference(r, r.at(props, 'CloudWatchLogsRoleArn', 'cloudWatchRole')),
  eventSelectors: eventSelectors(r, r.at(props, 'EventSelectors', 'eventSelectors')),
  advancedEventSelectors: advancedSelectors(
    r,
    r.at(props, 'AdvancedEventSelectors', 'advancedEventSelectors'),
  ),
});
