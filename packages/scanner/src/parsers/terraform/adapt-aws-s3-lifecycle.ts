import type { BucketLifecycleRule } from '../../model/aws.js';
import { type Attr, isUnknown } from '../../model/value.js';
import { partLine } from './adapt-aws-context.js';
import type { TfObject, TfResource } from './tf-resource.js';
import { asNumber, asString, block, blocks, bool, get, str, type TfSource } from './tf-values.js';

// Lifecycle rules of a bucket, from an aws_s3_bucket_lifecycle_configuration (provider v4+) or the inline
// `lifecycle_rule` blocks of older aws_s3_bucket configurations: only what decides whether objects expire.

/** True when one of `keys` holds a real value (a positive number of days, a non-empty date). */
const anySet = (source: TfSource, keys: readonly string[]): Attr<boolean> => {
  if (isUnknown(source)) return source;
  let unresolved: Attr<boolean> = false;
  for (const key of keys) {
    const value = get(source, key);
    if (value === undefined) continue;
    if (isUnknown(value)) {
      unresolved = value;
      continue;
    }
    const days = asNumber(value);
    if (typeof days === 'number' ? days > 0 : asString(value) !== '') return true;
  }
  return unresolved;
};

/** Whether an expiration block (`expiration`, `noncurrent_version_expiration`) expires anything. */
const expires = (rule: TfObject, blockKey: string, keys: readonly string[]): Attr<boolean> => {
  const b = block(rule, blockKey);
  return b === undefined ? false : anySet(b, keys);
};

/**
 * The rules of `source` (a companion's values, or the bucket's own for the inline form), with lines from
 * `owner` when it is in the bucket's file.
 */
export const lifecycleRules = (
  bucket: TfResource,
  owner: TfResource,
  inline: boolean,
): Attr<readonly BucketLifecycleRule[]> => {
  const key = inline ? 'lifecycle_rule' : 'rule';
  const rules = blocks(owner.values, key);
  if (isUnknown(rules)) return rules;
  const lineOf = (i: number) =>
    owner.location.file === bucket.location.file ? partLine(owner, `${key}.${i}`) : bucket.location.line;
  return rules.map((rule, i): BucketLifecycleRule => {
    const line = lineOf(i);
    if (isUnknown(rule)) return { status: rule, expiresCurrent: rule, expiresNoncurrent: rule, line };
    const enabled = inline ? bool(rule, 'enabled') : undefined;
    return {
      id: str(rule, 'id'),
      status: inline
        ? isUnknown(enabled)
          ? enabled
          : enabled === true
            ? 'Enabled'
            : 'Disabled'
        : str(rule, 'status'),
      expiresCurrent: expires(rule, 'expiration', ['days', 'date']),
      expiresNoncurrent: expires(
        rule,
        'noncurrent_version_expiration',
        inline ? ['days'] : ['noncurrent_days'],
      ),
      line,
    };
  });
};
