import type { TfResource } from './tf-resource.js';
import { get } from './tf-values.js';

// Resource types whose attributes repeat one of their arguments, so that a reference to such an attribute names
// what the argument names. Modules link one companion through another (`bucket = aws_s3_bucket_policy.this.id`,
// the policy's bucket, so that the policy is applied first; `vpc_id` read from a CIDR block association) and the
// link must lead to the resource the argument names, not stop at the companion in between.

interface Echo {
  /** The argument its attribute of the same name repeats. */
  readonly argument: string;
  /** The `id` is the argument's value too, unless one of these arguments is set (they join the id). */
  readonly idUnlessSet?: readonly string[];
}

/** The id is the bucket's name. */
const BUCKET_ID: Echo = { argument: 'bucket', idUnlessSet: [] };
/** The id is the bucket's name unless an expected owner is given (then `bucket,owner`). */
const BUCKET_ID_UNLESS_OWNER: Echo = { argument: 'bucket', idUnlessSet: ['expected_bucket_owner'] };

const ECHOES: Readonly<Record<string, Echo>> = {
  aws_s3_bucket_policy: BUCKET_ID,
  aws_s3_bucket_public_access_block: BUCKET_ID,
  aws_s3_bucket_ownership_controls: BUCKET_ID,
  aws_s3_bucket_notification: BUCKET_ID,
  aws_s3_bucket_replication_configuration: BUCKET_ID,
  aws_s3_bucket_versioning: BUCKET_ID_UNLESS_OWNER,
  aws_s3_bucket_server_side_encryption_configuration: BUCKET_ID_UNLESS_OWNER,
  aws_s3_bucket_logging: BUCKET_ID_UNLESS_OWNER,
  aws_s3_bucket_lifecycle_configuration: BUCKET_ID_UNLESS_OWNER,
  aws_s3_bucket_cors_configuration: BUCKET_ID_UNLESS_OWNER,
  aws_s3_bucket_website_configuration: BUCKET_ID_UNLESS_OWNER,
  aws_s3_bucket_accelerate_configuration: BUCKET_ID_UNLESS_OWNER,
  aws_s3_bucket_request_payment_configuration: BUCKET_ID_UNLESS_OWNER,
  aws_s3_bucket_object_lock_configuration: BUCKET_ID_UNLESS_OWNER,
  // Its id also joins the canned ACL: only `bucket` repeats the argument.
  aws_s3_bucket_acl: { argument: 'bucket' },
  aws_subnet: { argument: 'vpc_id' },
  aws_security_group: { argument: 'vpc_id' },
  aws_vpc_ipv4_cidr_block_association: { argument: 'vpc_id' },
  aws_vpc_ipv6_cidr_block_association: { argument: 'vpc_id' },
};

/** The argument of a managed resource whose value `attribute` repeats, if any. */
export const echoedArgument = (resource: TfResource, attribute: string): string | undefined => {
  if (resource.mode !== 'managed') return undefined;
  const echo = ECHOES[resource.type];
  if (!echo) return undefined;
  if (attribute === echo.argument) return echo.argument;
  if (attribute !== 'id' || !echo.idUnlessSet) return undefined;
  const joined = echo.idUnlessSet.some((key) => {
    const v = get(resource.values, key);
    return v !== undefined && v !== null;
  });
  return joined ? undefined : echo.argument;
};
