import {
  type Attr,
  anyOf,
  type CloudTrail,
  defineCheck,
  type Finding,
  fail,
  firstUnknown,
  isUnknown,
  pass,
  type TrailAdvancedSelector,
  type TrailEventSelector,
  type TrailFieldSelector,
  unresolved,
} from '../../kit.js';

/** Whether a selector records management write events: true, false, or Unknown when it cannot be told. */
type Coverage = Attr<boolean>;

const basicCoverage = (s: TrailEventSelector): Coverage => {
  const include = s.includeManagementEvents ?? true;
  const type = s.readWriteType ?? 'All';
  if (include === false) return false;
  if (isUnknown(include)) return include;
  if (isUnknown(type)) return type;
  return type === 'All' || type === 'WriteOnly';
};

const values = (list: TrailFieldSelector['equals']): Attr<readonly string[]> => {
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  return firstUnknown(...list) ?? list.filter((v): v is string => !isUnknown(v));
};

const advancedCoverage = (s: TrailAdvancedSelector): Coverage => {
  const fields = s.fieldSelectors;
  if (isUnknown(fields)) return fields;
  const fieldUnknown = firstUnknown(...fields.map((f) => f.field));
  if (fieldUnknown) return fieldUnknown;
  const field = (name: string) => fields.find((f) => f.field === name);
  const category = field('eventCategory');
  const categories = values(category?.equals);
  if (isUnknown(categories)) return categories;
  if (!categories.includes('Management')) return false;
  const readOnly = field('readOnly');
  if (!readOnly) return true;
  const equals = values(readOnly.equals);
  const notEquals = values(readOnly.notEquals);
  if (isUnknown(equals)) return equals;
  if (isUnknown(notEquals)) return notEquals;
  return equals.includes('false') || notEquals.includes('true');
};

/** Pass at the first selector that records management writes; else unknown if one may; else fail. */
const judge = <S extends { readonly line: number }>(
  selectors: readonly S[],
  coverage: (s: S) => Coverage,
  kind: string,
): Finding => {
  const covers = anyOf(selectors, coverage);
  if (covers.value === true)
    return pass(`an ${kind} records management write events`, { line: covers.item.line });
  if (covers.value !== false)
    return unresolved('whether management events are recorded', covers.value, { line: covers.item.line });
  return fail(`no ${kind} records management write events`, { line: selectors[0]?.line });
};

const evaluateTrail = (trail: CloudTrail): Finding => {
  const advanced = trail.advancedEventSelectors;
  if (isUnknown(advanced))
    return unresolved('the advanced event selectors', advanced, { attribute: 'advancedEventSelectors' });
  if (advanced !== undefined && advanced.length > 0)
    return judge(advanced, advancedCoverage, 'advanced event selector');
  const basic = trail.eventSelectors;
  if (isUnknown(basic)) return unresolved('the event selectors', basic, { attribute: 'eventSelectors' });
  if (basic === undefined || basic.length === 0)
    return pass('no event selector is set: every management event, read and write, is recorded');
  return judge(basic, basicCoverage, 'event selector');
};

export const check = defineCheck(import.meta.url, {
  id: 'aws-cloudtrail-management-events',
  title: 'CloudTrail trails record management (control plane) write events',
  description:
    'Passes when the trail records management events that change resources: with no event selectors at all (the ' +
    'default records every management event), with a basic selector whose IncludeManagementEvents is not false and ' +
    'whose ReadWriteType is All or WriteOnly (the defaults), or with an advanced selector on eventCategory ' +
    'Management that does not limit readOnly to true. Fails when the selectors record only data events or only ' +
    'read-only calls.',
  rationale:
    'Management events are the record of administrative operations: who created, changed or deleted users, keys, ' +
    'networks and storage, and from where. A trail tuned to data events alone, or to reads, leaves exactly the ' +
    'privileged changes an administrator or an intruder makes without a trace.',
  severity: 'high',
  provider: 'aws',
  service: 'cloudtrail',
  resourceKinds: ['aws.cloudtrail.trail'],
  remediation: {
    summary:
      'Include management events with ReadWriteType All (or at least WriteOnly), or add an advanced selector on eventCategory Management.',
    terraform:
      'resource "aws_cloudtrail" "main" {\n  # ...\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n  }\n}',
    cli: 'aws cloudtrail put-event-selectors --trail-name main --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html',
  ],
  evaluate: evaluateTrail,
});
