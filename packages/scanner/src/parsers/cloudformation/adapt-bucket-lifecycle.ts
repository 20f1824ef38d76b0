import type { BucketLifecycleRule } from '../../model/aws.js';
import { type Attr, isUnknown } from '../../model/value.js';
import type { TreeMap, TreeNode } from '../yaml/tree.js';
import type { PropertyReader } from './fields.js';
import { NO_VALUE } from './resolver.js';

/** True when the property is set, Unknown when that depends on deploy-time input. */
const isSet = (r: PropertyReader, node: TreeNode | undefined): Attr<boolean> => {
  const resolved = r.resolver.resolve(node);
  if (resolved === undefined || resolved === NO_VALUE) return false;
  return isUnknown(resolved) ? resolved : true;
};

/** Either property set makes it true; Unknown only when neither is known to be set. */
const eitherSet = (a: Attr<boolean>, b: Attr<boolean>): Attr<boolean> => {
  if (a === true || b === true) return true;
  return isUnknown(a) ? a : b;
};

/** The lifecycle rules of an AWS::S3::Bucket (LifecycleConfiguration.Rules). */
export const bucketLifecycle = (
  r: PropertyReader,
  props: TreeMap | undefined,
): Attr<readonly BucketLifecycleRule[]> | undefined => {
  const config = r.map(r.at(props, 'LifecycleConfiguration', 'lifecycleRules'));
  if (!config || isUnknown(config)) return config;
  const rules = r.list(r.at(config, 'Rules'));
  if (!rules || isUnknown(rules)) return rules ?? [];
  return rules.flatMap((item): BucketLifecycleRule[] => {
    const m = r.map(item);
    if (!m) return [];
    if (isUnknown(m)) return [{ status: m, line: item.line }];
    return [
      {
        id: r.str(r.at(m, 'Id')),
        status: r.str(r.at(m, 'Status')),
        expiresCurrent: eitherSet(isSet(r, r.at(m, 'ExpirationInDays')), isSet(r, r.at(m, 'ExpirationDate'))),
        expiresNoncurrent: eitherSet(
          isSet(r, r.at(m, 'NoncurrentVersionExpiration')),
          isSet(r, r.at(m, 'NoncurrentVersionExpirationInDays')),
        ),
        line: item.line,
      },
    ];
  });
};
