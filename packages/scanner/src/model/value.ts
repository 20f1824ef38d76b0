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
