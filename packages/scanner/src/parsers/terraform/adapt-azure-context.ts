import { type Attr, isUnknown, type Unknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import { addressesOf, type Placed, splitCompanions } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { asString, get, strList, type TfSource } from './tf-values.js';

// What several Azure adapters share: a few reads that azurerm's argument shapes need.

/**
 * A single-valued argument and its plural sibling read as one list (`source_address_prefix` and
 * `source_address_prefixes`). An unresolved single value is an Unknown item; an unresolved list makes the whole
 * list Unknown.
 */
export const singleAndList = (
  source: TfSource,
  singular: string,
  plural: string,
): readonly Attr<string>[] | Unknown => {
  const more = strList(source, plural);
  if (more !== undefined && isUnknown(more)) return more;
  const one = asString(get(source, singular));
  return [...(one === undefined ? [] : [one]), ...(more ?? [])];
};

/**
 * The companions of `target` among resources of `types`, sorted by whether they name it through `key` (an
 * id argument): `linked` (they do, and are enabled), `disabled` (they do, with `enabled = false`) and
 * `unresolved` (they may, or whether they are enabled cannot be resolved). An unset `enabled` counts as true.
 */
export const companions = (
  ctx: TfContext,
  target: TfResource,
  types: readonly string[],
  key: string,
  enabled: (companion: TfResource) => Attr<boolean> | undefined,
) => {
  const { sure, maybe } = splitCompanions(ctx, target, { type: types, key });
  const linked: string[] = [];
  const disabled: string[] = [];
  // Those that name it but whether they are enabled cannot be told join those that may name it, in order.
  const unsure: Placed[] = [];
  for (const placed of sure) {
    const on = enabled(placed.companion) ?? true;
    if (isUnknown(on)) unsure.push(placed);
    else if (on) linked.push(placed.companion.address);
    else disabled.push(placed.companion.address);
  }
  const unresolved =
    unsure.length === 0 ? addressesOf(maybe) : addressesOf([...maybe, ...unsure].sort((a, b) => a.at - b.at));
  return { linked, disabled, unresolved };
};
