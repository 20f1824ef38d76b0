import { Unknown } from '../../model/value.js';
import { TfReference, type TfValue } from './tf-resource.js';
import { derived, failure, isList, isObject, toNumber, toText, typeName } from './values.js';

// The values expressions evaluate to besides plain data: namespaces resolved on access (`var`, `module.net`) and
// references to resources, with how attribute and index access reads each.

/** A namespace resolved on access: `var`, `local`, `module.net`, `data.aws_ami`. */
export class LazyObject {
  readonly #get: (key: string) => Value | undefined;
  readonly #all: () => TfValue;
  readonly label: string;
  constructor(label: string, get: (key: string) => Value | undefined, all: () => TfValue) {
    this.label = label;
    this.#get = get;
    this.#all = all;
  }
  get(key: string): Value | undefined {
    return this.#get(key);
  }
  /** The whole namespace as a value (`module.net` used as an object). */
  all(): TfValue {
    return this.#all();
  }
}

/** The instances of a resource block whose `count` or `for_each` is known. */
export interface KnownInstances {
  readonly kind: 'single' | 'count' | 'for_each';
  /** Each instance's address suffix (`[0]`, `["blue"]`, `''` for a single one) and key. */
  readonly keys: readonly { readonly suffix: string; readonly key: string | number }[];
}

/** What the resolver tells about the resource block a reference names. */
export interface BlockAccess {
  /** The block's instances, when its `count` or `for_each` is known. */
  instances(): KnownInstances | undefined;
  /**
   * The value the configuration gives argument `name` of the instance at `suffix` (`[0]`, `''`), when it is set
   * and fully known: an attribute that repeats a configured argument is known at plan time
   * (`aws_rds_cluster.this.port` is the port it sets). Undefined otherwise: known only after apply.
   */
  argument(suffix: string, name: string): TfValue | undefined;
}

/** A resource (or data source, or one instance of either) named in an expression: `aws_vpc.main`. */
export class ResourceRef {
  readonly address: string;
  /** An instance key was given (`aws_instance.web[0]`): a further index reads an attribute's element. */
  readonly instance: boolean;
  /** The block, as the resolver knows it; absent when it says nothing. */
  readonly block: BlockAccess | undefined;
  /** The instance's address suffix (`[0]`, `["blue"]`), `''` for the block itself. */
  readonly suffix: string;
  constructor(address: string, instance: boolean, block?: BlockAccess, suffix = '') {
    this.address = address;
    this.instance = instance;
    this.block = block;
    this.suffix = suffix;
  }
  /** The block's instances, asked only when an expression needs them; undefined when not known. */
  instances(): KnownInstances | undefined {
    return this.block?.instances();
  }
}

/** The known instances of a block reference, as references to each (`aws_subnet.a[0]`), with their keys. */
export const instanceRefs = (
  ref: ResourceRef,
): { known: KnownInstances; refs: ResourceRef[] } | undefined => {
  const known = ref.instance ? undefined : ref.instances();
  if (!known) return undefined;
  return {
    known,
    refs: known.keys.map((k) => new ResourceRef(`${ref.address}${k.suffix}`, true, ref.block, k.suffix)),
  };
};

export type Value = TfValue | LazyObject | ResourceRef;

export interface Scope {
  /** The value of a root name, or undefined when the name is not defined. */
  root(name: string): Value | undefined;
}

/**
 * A value as data. A resource block with `count` is a list of its instances, with `for_each` a map of them (as
 * Terraform reads `aws_subnet.private`), each a reference; any other resource is one reference.
 */
export const materialize = (value: Value): TfValue => {
  if (value instanceof LazyObject) return value.all();
  if (value instanceof ResourceRef) {
    const each = instanceRefs(value);
    if (!each || each.known.kind === 'single') return new TfReference(value.address, '');
    const refs = each.refs.map((r) => new TfReference(r.address, ''));
    if (each.known.kind === 'count') return refs;
    return Object.fromEntries(each.known.keys.map((k, i) => [String(k.key), refs[i] ?? null]));
  }
  return value;
};

export const keyText = (key: TfValue): string | Unknown => {
  if (key instanceof Unknown) return derived(key);
  if (typeof key === 'number') return String(key);
  return toText(key);
};

export const getAttr = (target: Value, name: string): Value => {
  if (target instanceof LazyObject) {
    const value = target.get(name);
    return value === undefined ? failure(`${target.label} has no "${name}"`) : value;
  }
  if (target instanceof ResourceRef) {
    // One instance (or a block of one): an argument it sets is its attribute's value.
    const one = target.instance || target.instances()?.kind === 'single';
    return (
      (one ? target.block?.argument(target.suffix, name) : undefined) ?? new TfReference(target.address, name)
    );
  }
  if (target instanceof TfReference)
    return target.attribute === '' ? new TfReference(target.address, name) : target;
  if (target instanceof Unknown) return derived(target);
  if (isObject(target)) {
    const value = target[name];
    return value === undefined || !Object.hasOwn(target, name)
      ? failure(`object has no attribute "${name}"`)
      : value;
  }
  return failure(`cannot read attribute "${name}" of a ${typeName(target)}`);
};

export const getIndex = (target: Value, key: TfValue): Value => {
  if (target instanceof ResourceRef) {
    if (target.instance) return new TfReference(target.address, '');
    if (key instanceof Unknown) return new ResourceRef(`${target.address}[*]`, true, target.block, '[*]');
    const suffix = `[${typeof key === 'number' ? String(key) : JSON.stringify(key)}]`;
    // An instance the block does not have is an error Terraform reports, which `try` and `can` catch (modules
    // write `try(aws_x.this[0].id, "")` for a resource whose count may be 0).
    const known = target.instances();
    if (known?.kind === 'single')
      return failure(`${target.address} has neither count nor for_each: it has no ${suffix}`);
    if (known && !known.keys.some((k) => k.suffix === suffix))
      return failure(
        `${target.address}${suffix} does not exist: its ${known.kind} gives ${known.keys.length} instances`,
      );
    return new ResourceRef(`${target.address}${suffix}`, true, target.block, suffix);
  }
  if (target instanceof LazyObject) {
    const name = keyText(key);
    return name instanceof Unknown ? name : getAttr(target, name);
  }
  if (target instanceof TfReference) return target;
  if (target instanceof Unknown) return derived(target);
  if (key instanceof Unknown) return derived(key);
  if (isList(target)) {
    const index = toNumber(key);
    if (index instanceof Unknown) return index;
    const item = target[index];
    return item === undefined || !Number.isInteger(index)
      ? failure(`index ${index} is out of range for a list of ${target.length}`)
      : item;
  }
  if (isObject(target)) {
    const name = keyText(key);
    if (name instanceof Unknown) return name;
    const item = Object.hasOwn(target, name) ? target[name] : undefined;
    return item === undefined ? failure(`no element "${name}"`) : item;
  }
  return failure(`cannot index a ${typeName(target)}`);
};
