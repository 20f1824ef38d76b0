/**
 * The value lattice of the model. An attribute is either a known value, `Unknown` (the source names it but we
 * cannot resolve it: a parameter without default, a `!GetAtt`, a Helm placeholder) or `undefined` (the source
 * does not set it, so the provider's documented default applies). Checks turn `Unknown` into an `unknown`
 * result, never into a guess.
 */
export class Unknown {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
  toString(): string {
    return `unknown (${this.reason})`;
  }
}

/** A value that may be unresolved. */
export type Attr<T> = T | Unknown;

export const unknown = (reason: string): Unknown => new Unknown(reason);

export const isUnknown = (value: unknown): value is Unknown => value instanceof Unknown;

/** True when the value is known (neither Unknown nor absent). */
export const isKnown = <T>(value: Attr<T> | undefined): value is T =>
  value !== undefined && !(value instanceof Unknown);

/** The first Unknown among values, if any: checks use it to explain an `unknown` result. */
export const firstUnknown = (...values: readonly unknown[]): Unknown | undefined =>
  values.find((v): v is Unknown => v instanceof Unknown);

/**
 * How a three-valued "any" came out: true with the first item that holds; else Unknown with the first item that
 * cannot be told; else false (no item holds, every item was told).
 */
export type AnyVerdict<T> =
  | { readonly value: true; readonly item: Exclude<T, Unknown> }
  | { readonly value: Unknown; readonly item: T }
  | { readonly value: false };

/**
 * How a three-valued "all" came out: false with the first item that does not hold; else Unknown with the first
 * item that cannot be told; else true (every item holds).
 */
export type AllVerdict<T> =
  | { readonly value: false; readonly item: Exclude<T, Unknown> }
  | { readonly value: Unknown; readonly item: T }
  | { readonly value: true };

type Test<T> = (item: Exclude<T, Unknown>) => Attr<boolean>;

// The verdicts that name no item, shared: checks ask for them millions of times in a large scan.
const NONE_HOLDS = Object.freeze({ value: false } as const);
const ALL_HOLD = Object.freeze({ value: true } as const);

/** An item's own verdict: an Unknown item is Unknown whatever the test; with no test the item is the verdict. */
const verdictOf = <T>(item: T, test: Test<T> | undefined): Attr<boolean> => {
  if (isUnknown(item)) return item;
  return test ? test(item as Exclude<T, Unknown>) : Boolean(item);
};

/**
 * Three-valued "some item holds": true as soon as `test` holds for an item (later items are not tested); else
 * the first Unknown met, an item that is itself Unknown or a test that cannot tell; else false. Without a test
 * the items are the verdicts (`anyOf([a, b])` over `Attr<boolean>` values). The verdict names the item that
 * settled it, so a check can point at the rule that passes or the one that is in doubt.
 */
export function anyOf(values: Iterable<Attr<boolean>>): AnyVerdict<Attr<boolean>>;
export function anyOf<T>(items: Iterable<T>, test: Test<T>): AnyVerdict<T>;
export function anyOf<T>(items: Iterable<T>, test?: Test<T>): AnyVerdict<T> {
  let doubt: { readonly value: Unknown; readonly item: T } | undefined;
  for (const item of items) {
    const value = verdictOf(item, test);
    // An Unknown item is its own verdict, so an item that holds is never Unknown.
    if (value === true) return { value, item: item as Exclude<T, Unknown> };
    if (isUnknown(value)) doubt ??= { value, item };
  }
  return doubt ?? NONE_HOLDS;
}

/**
 * Three-valued "every item holds": false as soon as `test` fails for an item (later items are not tested); else
 * the first Unknown met; else true, an empty list included. Without a test the items are the verdicts.
 */
export function allOf(values: Iterable<Attr<boolean>>): AllVerdict<Attr<boolean>>;
export function allOf<T>(items: Iterable<T>, test: Test<T>): AllVerdict<T>;
export function allOf<T>(items: Iterable<T>, test?: Test<T>): AllVerdict<T> {
  let doubt: { readonly value: Unknown; readonly item: T } | undefined;
  for (const item of items) {
    const value = verdictOf(item, test);
    if (value === false) return { value, item: item as Exclude<T, Unknown> };
    if (isUnknown(value)) doubt ??= { value, item };
  }
  return doubt ?? ALL_HOLD;
}
