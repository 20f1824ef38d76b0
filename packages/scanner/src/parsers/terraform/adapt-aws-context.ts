import type { InputIssue } from '../../inputs/input-issue.js';
import { isUnknown, type Unknown, unknown } from '../../model/value.js';
import { echoedArgument } from './echoed-arguments.js';
import { TfReference, type TfResource, type TfValue } from './tf-resource.js';
import { asString, get } from './tf-values.js';

/** `aws_vpc.main[0]` → `aws_vpc.main`: the resource block an instance comes from. */
export const withoutInstanceKey = (address: string): string =>
  address.replace(/\[(?:\d+|\*|"(?:[^"\\]|\\.)*")\]$/, '');

/**
 * Whether a value names a resource: `true` (it does), `false` (it names something else or nothing) or an
 * `Unknown` (it may: the value is unresolved, or names an object this configuration does not declare).
 */
export type Refers = boolean | Unknown;

/** How many references `through` follows, one leading to the next (a cycle would otherwise never end). */
const MAX_ECHOES = 8;

/** The resources of one configuration (or plan), indexed for the links adapters make between them. */
export class TfContext {
  readonly resources: readonly TfResource[];
  readonly issues: InputIssue[] = [];
  readonly #byAddress = new Map<string, TfResource>();
  readonly #byBlock = new Map<string, TfResource[]>();
  // Built on first use and kept: adapters ask them once per resource, and a scan with a hundred thousand
  // resources must not filter all of them each time.
  readonly #ofType = new Map<string, readonly TfResource[]>();
  readonly #byValue = new Map<string, ReadonlyMap<string, readonly TfResource[]>>();

  constructor(resources: readonly TfResource[]) {
    this.resources = resources;
    for (const r of resources) {
      this.#byAddress.set(r.address, r);
      const block = withoutInstanceKey(r.address);
      const list = this.#byBlock.get(block);
      if (list) list.push(r);
      else this.#byBlock.set(block, [r]);
    }
  }

  /** Managed resources of these types, in the order of the configuration. */
  ofType(...types: readonly string[]): readonly TfResource[] {
    const key = types.join('\0');
    let found = this.#ofType.get(key);
    if (!found) {
      found = this.resources.filter((r) => r.mode === 'managed' && types.includes(r.type));
      this.#ofType.set(key, found);
    }
    return found;
  }

  /** Resources (managed or data) of these types by the known string value of any of `keys`, in order. */
  #valueIndex(types: readonly string[], keys: readonly string[]): ReadonlyMap<string, readonly TfResource[]> {
    const id = `${types.join('\0')}\u0001${keys.join('\0')}`;
    let index = this.#byValue.get(id);
    if (!index) {
      const built = new Map<string, TfResource[]>();
      for (const r of this.resources) {
        if (!types.includes(r.type)) continue;
        const values: string[] = [];
        for (const k of keys) {
          const v = asString(get(r.values, k));
          if (typeof v === 'string' && !values.includes(v)) values.push(v);
        }
        for (const v of values) {
          const list = built.get(v);
          if (list) list.push(r);
          else built.set(v, [r]);
        }
      }
      index = built;
      this.#byValue.set(id, index);
    }
    return index;
  }

  /**
   * The resource a reference's address names: the exact instance, else the only instance of the block it
   * names. Unknown when the block has several instances and the reference does not say which.
   */
  lookup(address: string): TfResource | Unknown | undefined {
    const exact = this.#byAddress.get(address);
    if (exact) return exact;
    const instances = this.#byBlock.get(withoutInstanceKey(address)) ?? [];
    if (instances.length === 1) return instances[0];
    if (instances.length > 1)
      return unknown(`${address} has ${instances.length} instances and the reference does not say which`);
    return undefined;
  }

  /**
   * `value` with a reference to an attribute that repeats an argument (`aws_s3_bucket_policy.x.id`, the policy's
   * bucket: see echoed-arguments.ts) replaced by that argument's value, as long as it leads to another such
   * reference. Any other value comes back as it is.
   */
  through(value: TfValue | undefined): TfValue | undefined {
    let current = value;
    for (let step = 0; step < MAX_ECHOES && current instanceof TfReference; step++) {
      const found = this.lookup(current.address);
      if (found === undefined || isUnknown(found)) return current;
      const argument = echoedArgument(found, current.attribute);
      const echoed = argument === undefined ? undefined : get(found.values, argument);
      if (echoed === undefined || echoed === null) return current;
      current = echoed;
    }
    return current;
  }

  /**
   * The resource of one of `types` that `value` (an id or name argument) names: by reference address, else
   * by value, comparing with the `keys` attributes of the candidates (`id`, `bucket`, `name`). Undefined when
   * nothing is named; an Unknown explains why the target cannot be known.
   */
  target(
    value: TfValue | undefined,
    types: readonly string[],
    keys: readonly string[] = ['id'],
  ): TfResource | Unknown | undefined {
    value = this.through(value);
    if (value === undefined || value === null) return undefined;
    if (value instanceof TfReference) {
      const found = this.lookup(value.address);
      if (found === undefined || isUnknown(found))
        return found ?? unknown(`${value.address} is not declared in the scanned configuration`);
      if (!types.includes(found.type)) return unknown(`${found.address} is not ${types.join(' or ')}`);
      return found;
    }
    if (isUnknown(value)) return value;
    const text = asString(value);
    if (text === undefined || isUnknown(text)) return text;
    const candidates = this.#valueIndex(types, keys).get(text) ?? [];
    if (candidates.length === 1) return candidates[0];
    return unknown(
      candidates.length > 1
        ? `"${text}" matches ${candidates.map((c) => c.address).join(' and ')}`
        : `"${text}" is not declared in the scanned configuration`,
    );
  }

  /**
   * Whether `value` names `target`. References compare addresses; a reference to a data source compares the
   * data source's own `keys` values; literal values compare with the target's `keys` attributes. A target
   * whose keys are all unknown or unset may be the one a literal names (an `id` is known only once created).
   */
  refersTo(value: TfValue | undefined, target: TfResource, keys: readonly string[]): Refers {
    value = this.through(value);
    if (value === undefined || value === null) return false;
    if (value instanceof TfReference) {
      const found = this.lookup(value.address);
      if (found === undefined)
        return unknown(`${value.address} is not declared in the scanned configuration`);
      if (isUnknown(found)) return found;
      if (found === target) return true;
      if (found.mode === 'managed') return false;
      // A data source reads an existing object: compare what identifies it with the target.
      const named = [value.attribute, ...keys]
        .map((k) => (k ? get(found.values, k) : undefined))
        .find((v) => v !== undefined && !isUnknown(v));
      return named === undefined
        ? unknown(`${found.address} is a data source read at plan time`)
        : this.refersTo(named, target, keys);
    }
    if (isUnknown(value)) return value;
    const text = asString(value);
    if (text === undefined || isUnknown(text)) return text ?? false;
    let known = false;
    let unresolved: Unknown | undefined;
    for (const key of keys) {
      const own = asString(get(target.values, key));
      if (own === undefined) continue;
      if (isUnknown(own)) unresolved ??= own;
      else if (own === text) return true;
      else known = true;
    }
    if (known) return false;
    return (
      unresolved ?? unknown(`"${text}" may name ${target.address}, whose ${keys.join('/')} is not known`)
    );
  }
}

/** The line of a part of a resource, else the resource's own line. */
export const partLine = (resource: TfResource, ...paths: readonly string[]): number => {
  for (const p of paths) {
    const line = resource.attributeLines[p];
    if (line !== undefined) return line;
  }
  return resource.location.line;
};
