import { nameList } from '../../model/name-list.js';
import type { Provider } from '../../model/resource-base.js';
import { isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import { TfReference, type TfResource } from './tf-resource.js';
import { asString, get, modelLines } from './tf-values.js';

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
  /** The types of the resources it configures (see AnyLink). */
  readonly targetTypes?: readonly string[];
  /** What a companion does to the resource, completing "X may …" (`configure this bucket`). */
  readonly does: string;
}

/**
 * The companions of one link, sorted once by what their argument names, so that finding a resource's companion
 * does not ask every companion again (a bucket per companion per bucket was quadratic: minutes at 100k
 * resources). Positions are the companions' order in the configuration, which decides the messages.
 */
interface CompanionIndex {
  readonly companions: readonly TfResource[];
  /** References that resolve to a managed resource: that resource, and only it, is named. */
  readonly byTarget: ReadonlyMap<TfResource, readonly number[]>;
  /** Literal values: they name a resource whose targetKeys hold the same text. */
  readonly byText: ReadonlyMap<string, readonly number[]>;
  readonly literals: readonly { readonly at: number; readonly text: string }[];
  /** Arguments that may name any resource (unresolved, or naming nothing declared), with why. */
  readonly always: readonly { readonly at: number; readonly why: Unknown }[];
  /** References to data sources: compared with each resource as refersTo does. */
  readonly viaData: readonly number[];
}

const indexes = new WeakMap<TfContext, Map<string, CompanionIndex>>();

const push = <K>(map: Map<K, number[]>, key: K, at: number) => {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
};

/** A link from companions of one or several types. */
type AnyLink = {
  readonly type: string | readonly string[];
  readonly key: string;
  readonly targetKeys?: readonly string[];
  /**
   * When given, the types of the resources the argument names: one that refers to a resource of another type
   * (through which the link cannot be followed: see TfContext.through) may name any of them.
   */
  readonly targetTypes?: readonly string[];
};

/** Why an argument that refers to a resource of another type than its targets' may name any of them. */
const notFollowed = (ref: TfReference, key: string, targetTypes: readonly string[]): Unknown =>
  unknown(
    `the ${key} ${ref.address}${ref.attribute ? `.${ref.attribute}` : ''} cannot be followed to ${targetTypes.join(' or ')}`,
  );

const companionIndex = (ctx: TfContext, link: AnyLink): CompanionIndex => {
  let byLink = indexes.get(ctx);
  if (!byLink) {
    byLink = new Map();
    indexes.set(ctx, byLink);
  }
  const types = typeof link.type === 'string' ? [link.type] : link.type;
  const id = `${types.join('\0')}\u0001${link.key}\u0001${link.targetTypes?.join('\0') ?? ''}`;
  const known = byLink.get(id);
  if (known) return known;
  const companions = ctx.ofType(...types);
  const byTarget = new Map<TfResource, number[]>();
  const byText = new Map<string, number[]>();
  const literals: { at: number; text: string }[] = [];
  const always: { at: number; why: Unknown }[] = [];
  const viaData: number[] = [];
  companions.forEach((c, at) => {
    const value = ctx.through(get(c.values, link.key));
    if (value === undefined || value === null) return;
    if (value instanceof TfReference) {
      const found = ctx.lookup(value.address);
      if (found === undefined)
        always.push({ at, why: unknown(`${value.address} is not declared in the scanned configuration`) });
      else if (isUnknown(found)) always.push({ at, why: found });
      else if (found.mode === 'managed' && link.targetTypes && !link.targetTypes.includes(found.type))
        always.push({ at, why: notFollowed(value, link.key, link.targetTypes) });
      else if (found.mode === 'managed') push(byTarget, found, at);
      else viaData.push(at);
      return;
    }
    if (isUnknown(value)) {
      always.push({ at, why: value });
      return;
    }
    const text = asString(value);
    if (text === undefined) return;
    if (isUnknown(text)) always.push({ at, why: text });
    else {
      push(byText, text, at);
      literals.push({ at, text });
    }
  });
  const index = { companions, byTarget, byText, literals, always, viaData };
  byLink.set(id, index);
  return index;
};

/** The target's own texts under its keys, or the first of them that is unknown when none is known. */
const ownTexts = (target: TfResource, keys: readonly string[]) => {
  const own: string[] = [];
  let unresolved: Unknown | undefined;
  for (const key of keys) {
    const v = asString(get(target.values, key));
    if (v === undefined) continue;
    if (isUnknown(v)) unresolved ??= v;
    else own.push(v);
  }
  return { own, unresolved };
};

/** Why a literal may name a target whose keys are not known. */
const mayName = (
  text: string,
  target: TfResource,
  keys: readonly string[],
  unresolved: Unknown | undefined,
) => unresolved ?? unknown(`"${text}" may name ${target.address}, whose ${keys.join('/')} is not known`);

/** A companion and its place in the configuration. */
export interface Placed {
  readonly at: number;
  readonly companion: TfResource;
}

const anyTargetCache = new WeakMap<CompanionIndex, Map<boolean, readonly Placed[]>>();

/**
 * The companions that may name any resource, in configuration order: those whose argument is unresolved, and with
 * `literals` those that name one by a literal (they may name a resource whose keys are not known). One array per
 * link, shared by every resource it applies to.
 */
const anyTarget = (index: CompanionIndex, literals: boolean): readonly Placed[] => {
  let byKind = anyTargetCache.get(index);
  if (!byKind) {
    byKind = new Map();
    anyTargetCache.set(index, byKind);
  }
  const known = byKind.get(literals);
  if (known) return known;
  const places = [...index.always.map((m) => m.at), ...(literals ? index.literals.map((l) => l.at) : [])];
  const list = places
    .sort((a, b) => a - b)
    .map((at) => ({ at, companion: index.companions[at] as TfResource }));
  byKind.set(literals, list);
  return list;
};

/**
 * The companions of `link.type` (one type or several) whose `link.key` names `target` for sure, and those that
 * may (as `ctx.refersTo` of each would answer; with `link.targetTypes`, a reference to a resource of another type
 * may too), each in configuration order. The second list is one array shared by every resource when only
 * unresolved arguments and literals make it (the usual case): thousands of resources and thousands of companions
 * whose target cannot be told stay linear.
 */
export const splitCompanions = (
  ctx: TfContext,
  target: TfResource,
  link: AnyLink,
): { readonly sure: readonly Placed[]; readonly maybe: readonly Placed[] } => {
  const keys = link.targetKeys ?? ['id'];
  const index = companionIndex(ctx, link);
  const sure = new Set(index.byTarget.get(target) ?? []);
  const doubtful: number[] = [];
  for (const at of index.viaData) {
    const c = index.companions[at];
    const refers = c ? ctx.refersTo(get(c.values, link.key), target, keys) : false;
    if (refers === true) sure.add(at);
    else if (refers !== false) doubtful.push(at);
  }
  const { own } = ownTexts(target, keys);
  for (const text of own) for (const at of index.byText.get(text) ?? []) sure.add(at);
  const placed = (at: number): Placed => ({ at, companion: index.companions[at] as TfResource });
  const shared = anyTarget(index, own.length === 0);
  return {
    sure: [...sure].sort((a, b) => a - b).map(placed),
    maybe: doubtful.length === 0 ? shared : [...shared, ...doubtful.map(placed)].sort((a, b) => a.at - b.at),
  };
};

/** The addresses of companions, one array per shared list. */
const addressCache = new WeakMap<readonly Placed[], readonly string[]>();
export const addressesOf = (list: readonly Placed[]): readonly string[] => {
  const known = addressCache.get(list);
  if (known) return known;
  const addresses = list.map((p) => p.companion.address);
  addressCache.set(list, addresses);
  return addresses;
};

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
  const { sure, maybe } = splitCompanions(ctx, target, link);
  const [only, ...more] = sure;
  if (only !== undefined && more.length === 0) return only.companion;
  if (only !== undefined)
    return unknown(`${nameList(addressesOf(sure))} all ${link.does}; the last one applied wins`);
  const [doubt] = maybe;
  return (
    doubt &&
    unknown(`${doubt.companion.address} may ${link.does}: ${whyItMay(ctx, target, link, doubt).reason}`)
  );
};

/**
 * Why the first companion that may name `target` may: its argument cannot be resolved, or it is a literal and the
 * target's keys are not known, or it names a data source that cannot be compared. Being the first in order, it is
 * the first of its kind: the first unresolved argument, the first literal, or one read through a data source.
 */
const whyItMay = (ctx: TfContext, target: TfResource, link: AnyLink, { at, companion }: Placed): Unknown => {
  const keys = link.targetKeys ?? ['id'];
  const index = companionIndex(ctx, link);
  const [always] = index.always;
  if (always?.at === at) return always.why;
  const [literal] = index.literals;
  if (literal?.at === at) return mayName(literal.text, target, keys, ownTexts(target, keys).unresolved);
  const refers = ctx.refersTo(get(companion.values, link.key), target, keys);
  return isUnknown(refers) ? refers : unknown(`${companion.address} may name ${target.address}`);
};
