import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import { type Placed, splitCompanions } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { str, strList } from './tf-values.js';

// Who a Cloud Storage bucket is shared with beyond its project: the IAM bindings, IAM members and ACLs of the
// configuration that name the bucket (`bucket = google_storage_bucket.x.name`) and grant `allUsers` (anyone on the
// internet) or `allAuthenticatedUsers` (anyone with a Google account).

export const BUCKET_ACCESS_TYPES = [
  'google_storage_bucket_iam_binding',
  'google_storage_bucket_iam_member',
  'google_storage_bucket_acl',
] as const;

const EVERYONE = new Set(['allusers', 'allauthenticatedusers']);

/** Principals as written in one grant resource (an ACL's `READER:allUsers` gives `allUsers`), or Unknown. */
const principals = (c: TfResource): Attr<readonly Attr<string>[]> => {
  if (c.type === 'google_storage_bucket_iam_member') {
    const member = str(c.values, 'member');
    return member === undefined ? [] : isUnknown(member) ? member : [member];
  }
  const key = c.type === 'google_storage_bucket_acl' ? 'role_entity' : 'members';
  const list = strList(c.values, key) ?? [];
  if (isUnknown(list)) return list;
  return c.type === 'google_storage_bucket_acl'
    ? list.map((e) => (isUnknown(e) ? e : e.slice(e.indexOf(':') + 1)))
    : list;
};

/** The public grants one resource makes (`<address> grants <role> to allUsers`), or why they cannot be told. */
const grantsOf = (c: TfResource): readonly string[] | Unknown => {
  const all = principals(c);
  if (isUnknown(all)) return all;
  const role = str(c.values, 'role');
  const roleText =
    typeof role === 'string' ? role : c.type === 'google_storage_bucket_acl' ? 'ACL access' : 'a role';
  const out: string[] = [];
  for (const p of all) {
    if (isUnknown(p)) return p;
    if (EVERYONE.has(p.trim().toLowerCase())) out.push(`${c.address} grants ${roleText} to ${p.trim()}`);
  }
  return out;
};

/**
 * The grants to everyone made on `bucket` (see StorageBucket.publicGrants): those of the resources that name it
 * for sure; an Unknown when none does but one that may name it grants to everyone or cannot be read.
 */
export const publicGrants = (ctx: TfContext, bucket: TfResource): Attr<readonly string[]> => {
  const found: string[] = [];
  let doubt: Unknown | undefined;
  const weigh = ({ companion }: Placed, sure: boolean) => {
    const grants = grantsOf(companion);
    if (!isUnknown(grants) && grants.length === 0) return;
    if (sure && !isUnknown(grants)) found.push(...grants);
    else
      doubt ??= unknown(
        `${companion.address} may grant access to everyone on this bucket: ${isUnknown(grants) ? grants.reason : 'its bucket cannot be resolved'}`,
      );
  };
  for (const type of BUCKET_ACCESS_TYPES) {
    const { sure, maybe } = splitCompanions(ctx, bucket, { type, key: 'bucket', targetKeys: ['name'] });
    for (const placed of sure) weigh(placed, true);
    if (found.length === 0 && doubt === undefined)
      for (const placed of maybe) if (!doubt) weigh(placed, false);
  }
  return found.length > 0 ? found : (doubt ?? []);
};
