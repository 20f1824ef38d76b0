import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-cloudtrail-multi-region',
  title: 'CloudTrail trails record every region',
  description:
    'Passes when the trail is multi-region (IsMultiRegionTrail true); fails when it is false or not set (the trail then records one region only).',
  rationale:
    'Attackers with stolen credentials often work in regions the organization does not use, where nobody looks. ' +
    'A multi-region trail records API activity everywhere, including regions enabled later, plus global services.',
  severity: 'medium',
  provider: 'aws',
  service: 'cloudtrail',
  resourceKinds: ['aws.cloudtrail.trail'],
  remediation: {
    summary: 'Make the trail multi-region (ideally an organization trail from the management account).',
    terraform:
      'resource "aws_cloudtrail" "main" {\n  # ...\n  is_multi_region_trail         = true\n  include_global_service_events = true\n}',
    cli: 'aws cloudtrail update-trail --name main --is-multi-region-trail --include-global-service-events',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
  ],
  evaluate(trail) {
    const multi = trail.multiRegion;
    if (isUnknown(multi))
      return unresolved('whether the trail is multi-region', multi, { attribute: 'multiRegion' });
    if (multi === true) return pass('the trail records every region', { attribute: 'multiRegion' });
    return multi === false
      ? fail('the trail records a single region', { attribute: 'multiRegion' })
      : fail('multi-region logging is not enabled: the trail records a single region');
  },
});
