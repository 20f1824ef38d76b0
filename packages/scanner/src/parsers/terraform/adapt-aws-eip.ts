import { type Attr, isUnknown, unknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import { type Placed, splitCompanions } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { get } from './tf-values.js';

// The Elastic IPs associated with an instance: `aws_eip` (`instance`, `network_interface`) and
// `aws_eip_association` (`instance_id`, `network_interface_id`), linked as flow logs are linked to VPCs: those that
// name the instance (or a network interface it attaches) for sure, and those whose target cannot be resolved and
// may be it.

const INSTANCE_TYPES = ['aws_instance'] as const;

/** An argument through which an EIP or an association names what it attaches to. */
interface EipLink {
  readonly type: 'aws_eip' | 'aws_eip_association';
  readonly key: string;
  /**
   * For a network interface argument: the instance argument of the same resource. The provider accepts one of
   * the two and computes the other once applied (a plan shows both): when the instance one is set, it decides.
   */
  readonly unlessSet?: string;
}

const TO_INSTANCE: readonly EipLink[] = [
  { type: 'aws_eip', key: 'instance' },
  { type: 'aws_eip_association', key: 'instance_id' },
];

const TO_INTERFACE: readonly EipLink[] = [
  { type: 'aws_eip', key: 'network_interface', unlessSet: 'instance' },
  { type: 'aws_eip_association', key: 'network_interface_id', unlessSet: 'instance_id' },
];

/** The companions of one link that name a target for sure, and those that may, with what they were compared with. */
interface Split {
  readonly link: EipLink;
  readonly target: TfResource;
  readonly keys: readonly string[];
  readonly sure: readonly Placed[];
  readonly maybe: readonly Placed[];
}

// splitCompanions shares one "maybe" list among every resource of a configuration: its filtered form is shared too,
// so that a thousand instances do not filter a thousand unresolved associations each.
const filtered = new WeakMap<readonly Placed[], readonly Placed[]>();

const applies = (link: EipLink, list: readonly Placed[]): readonly Placed[] => {
  const { unlessSet } = link;
  if (unlessSet === undefined) return list;
  let kept = filtered.get(list);
  if (!kept) {
    kept = list.filter((p) => get(p.companion.values, unlessSet) === undefined);
    filtered.set(list, kept);
  }
  return kept;
};

/** The companions of one link that name `target` (by its `keys` when they hold a literal) for sure, and those that may. */
const split = (ctx: TfContext, target: TfResource, link: EipLink, keys: readonly string[]): Split => {
  const { sure, maybe } = splitCompanions(ctx, target, {
    type: link.type,
    key: link.key,
    targetKeys: keys,
    // An instance argument that refers to anything but an instance may still name one (a spot request's).
    ...(link.unlessSet === undefined ? { targetTypes: INSTANCE_TYPES } : {}),
  });
  return { link, target, keys, sure: applies(link, sure), maybe: applies(link, maybe) };
};

/** How the Elastic IP an association attaches is named: the `aws_eip` it names, else the association itself. */
const eipName = (ctx: TfContext, companion: TfResource): string => {
  if (companion.type === 'aws_eip') return companion.address;
  const byAllocation = ctx.target(
    get(companion.values, 'allocation_id'),
    ['aws_eip'],
    ['allocation_id', 'id'],
  );
  if (byAllocation !== undefined && !isUnknown(byAllocation)) return byAllocation.address;
  const byAddress = ctx.target(get(companion.values, 'public_ip'), ['aws_eip'], ['public_ip']);
  return byAddress !== undefined && !isUnknown(byAddress) ? byAddress.address : companion.address;
};

/** Why a companion may name the target: its argument is unresolved, or names what cannot be compared with it. */
const whyItMay = (ctx: TfContext, { link, target, keys }: Split, companion: TfResource): string => {
  const refers = ctx.refersTo(get(companion.values, link.key), target, keys);
  return isUnknown(refers)
    ? refers.reason
    : `its ${link.key} names something that cannot be followed to ${target.address}`;
};

/**
 * The Elastic IPs associated with `instance` (see `NetworkPlacement.elasticIps`): through its id, its primary
 * network interface (`primary_network_interface_id`), or one of the declared network interfaces it attaches at
 * launch (`interfaces`).
 */
export const elasticIps = (
  ctx: TfContext,
  instance: TfResource,
  interfaces: readonly TfResource[],
): Attr<readonly string[]> => {
  const parts: (Split & { readonly named: string })[] = [
    ...TO_INSTANCE.map((link) => ({ ...split(ctx, instance, link, ['id']), named: 'this instance' })),
    ...TO_INTERFACE.map((link) => ({
      ...split(ctx, instance, link, ['primary_network_interface_id']),
      named: "this instance's primary network interface",
    })),
    ...interfaces.flatMap((eni) =>
      TO_INTERFACE.map((link) => ({
        ...split(ctx, eni, link, ['id']),
        named: `${eni.address}, which this instance attaches`,
      })),
    ),
  ];
  const names = [...new Set(parts.flatMap((p) => p.sure.map((s) => eipName(ctx, s.companion))))];
  if (names.length > 0) return names;
  // Only the first that may is named, as companionOf does: a message must not grow with the configuration.
  for (const part of parts) {
    const [first] = part.maybe;
    if (first)
      return unknown(
        `${first.companion.address} may name ${part.named}: ${whyItMay(ctx, part, first.companion)}`,
      );
  }
  return [];
};
