import type { Provider } from '../../model/resource-base.js';
import { isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import type { TfResource } from './tf-resource.js';
import { get, modelLines } from './tf-values.js';

// What the adapters of every provider share: the base fields of a model resource, and the lookup of the one
// companion resource (a bucket's versioning, an account's network rules) that configures another.

/**
 * The fields every resource of the model carries, with attribute lines mapped from Terraform paths to model
 * paths. The kind must belong to the provider (`aws.s3.bucket` to `aws`).
 */
export const resourceBase = <P extends Provider, K extends `${P}.${string}`>(
  provider: P,
  resource: TfResource,
  kind: K,
  lines: Readonly<Record<string, string>> = {},
) => ({
  kind,
  provider,
  address: resource.address,
  location: resource.location,
  attributeLines: modelLines(resource, lines),
});

/** Which companions configure a resource, and how to say what they do to it. */
export interface CompanionLink {
  /** The companion's resource type (`aws_s3_bucket_versioning`). */
  readonly type: string;
  /** The companion's argument that names the resource it configures (`bucket`, `storage_account_id`). */
  readonly key: string;
  /** The resource's attributes such an argument may hold as a literal value: its `id` unless given. */
  readonly targetKeys?: readonly string[];
  /** What a companion does to the resource, completing "X may …" (`configure this bucket`). */
  readonly does: string;
}

/**
 * The companion that configures `target`: the one resource of `link.type` whose `link.key` names it. Undefined
 * when none does. Unknown when several do (which one applies depends on the order of apply), or when none
 * does for sure but one may (its argument cannot be resolved).
 */
export const companionOf = (
  ctx: TfContext,
  target: TfResource,
  link: CompanionLink,
): TfResource | Unknown | undefined => {
  const linked: TfResource[] = [];
  let maybe: { address: string; why: Unknown } | undefined;
  for (const c of ctx.ofType(link.type)) {
    const refers = ctx.refersTo(get(c.values, link.key), target, link.targetKeys ?? ['id']);
    if (refers === true) linked.push(c);
    else if (isUnknown(refers)) maybe ??= { address: c.address, why: refers };
  }
  const [only, ...more] = linked;
  if (only !== undefined && more.length === 0) return only;
  if (only !== undefined)
    return unknown(
      `${linked.map((c) => c.address).join(' and ')} all ${link.does}; the last one applied wins`,
    );
  return maybe ? unknown(`${maybe.address} may ${link.does}: ${maybe.why.reason}`) : undefined;
};
