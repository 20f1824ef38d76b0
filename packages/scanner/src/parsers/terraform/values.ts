import { Unknown, unknown } from '../../model/value.js';
import { type TfObject, TfReference, type TfValue } from './tf-resource.js';

// Helpers over resolved Terraform values, shared by the expression evaluator and its functions.

/**
 * An expression that Terraform would reject (a missing attribute, a wrong type, an index out of range). It is
 * an `Unknown`, so it flows through evaluation like one, but `try()` and `can()` tell it apart from a value
 * that is merely unknown until apply.
 */
export class EvalFailure extends Unknown {
  constructor(reason: string) {
    super(`cannot evaluate: ${reason}`);
  }
}

export const failure = (reason: string): EvalFailure => new EvalFailure(reason);

export const isObject = (value: TfValue | undefined): value is TfObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);

export const isList = (value: TfValue | undefined): value is readonly TfValue[] => Array.isArray(value);

/**
 * What `jsonencode` gives for a value with unknown parts (`Resource = aws_s3_bucket.b.arn`): unknown text, but
 * adapters that read a JSON document (an IAM policy) can still read the known structure kept in `value`.
 */
export class TfJsonText extends Unknown {
  readonly value: TfValue;
  constructor(reason: string, value: TfValue) {
    super(reason);
    this.value = value;
  }
}

/**
 * A string built by a template from references to other resources and literal text
 * (`"${aws_cloudwatch_log_group.trail.arn}:*"`): unknown text, but known to be set, and naming the resources it
 * refers to, so an adapter can tell "delivers to that log group" from "not configured".
 */
export class TfTemplateText extends Unknown {
  readonly references: readonly string[];
  constructor(reason: string, references: readonly string[]) {
    super(reason);
    this.references = references;
  }
}

/**
 * An Unknown carried into a derived value. A `TfReference` names a resource (and a `TfJsonText` holds its
 * document) only while the value is passed along as it is: once transformed (`lower(aws_s3_bucket.b.id)`) it is
 * a plain Unknown.
 */
export const derived = (value: Unknown): Unknown =>
  value instanceof TfReference || value instanceof TfJsonText || value instanceof TfTemplateText
    ? unknown(value.reason)
    : value;

/** The first Unknown inside a value, searched to a bounded depth. */
export const deepUnknown = (value: TfValue, depth = 0): Unknown | undefined => {
  if (value instanceof Unknown) return value;
  if (depth > 64) return unknown('value nested too deeply');
  if (Array.isArray(value)) {
    for (const item of value as readonly TfValue[]) {
      const found = deepUnknown(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (isObject(value))
    for (const item of Object.values(value)) {
      const found = deepUnknown(item, depth + 1);
      if (found) return found;
    }
  return undefined;
};

/** The first EvalFailure inside a value: `try()` moves on to its next argument when there is one. */
export const deepFailure = (value: TfValue): EvalFailure | undefined => {
  const stack: { value: TfValue; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top || top.depth > 64) continue;
    if (top.value instanceof EvalFailure) return top.value;
    if (Array.isArray(top.value))
      for (const item of top.value as readonly TfValue[]) stack.push({ value: item, depth: top.depth + 1 });
    else if (isObject(top.value))
      for (const item of Object.values(top.value)) stack.push({ value: item, depth: top.depth + 1 });
  }
  return undefined;
};

export const typeName = (value: TfValue): string => {
  if (value === null) return 'null';
  if (value instanceof Unknown) return 'unknown';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'object';
  return typeof value;
};

/** Terraform's canonical text of a number: integers without a decimal point. */
export const numberText = (value: number): string =>
  Number.isInteger(value) ? value.toFixed(0) : String(value);

/** A value converted to a string as Terraform converts it (interpolation, `tostring`). */
export const toText = (value: TfValue): string | Unknown => {
  if (value instanceof Unknown) return derived(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return failure('a null value cannot be used as a string');
  return failure(`a ${typeName(value)} cannot be used as a string`);
};

export const toNumber = (value: TfValue): number | Unknown => {
  if (value instanceof Unknown) return derived(value);
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value))
    return Number(value);
  return failure(
    `${typeName(value) === 'string' ? `"${String(value)}"` : `a ${typeName(value)}`} is not a number`,
  );
};

export const toBool = (value: TfValue): boolean | Unknown => {
  if (value instanceof Unknown) return derived(value);
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return failure(
    `${typeName(value) === 'string' ? `"${String(value)}"` : `a ${typeName(value)}`} is not a bool`,
  );
};

/**
 * Equality as Terraform's `==`: no conversion between types; lists and objects compare deeply. Unknown when
 * an unknown part decides the outcome.
 */
export const tfEquals = (a: TfValue, b: TfValue, depth = 0): boolean | Unknown => {
  if (a instanceof Unknown) return derived(a);
  if (b instanceof Unknown) return derived(b);
  if (depth > 64) return unknown('value nested too deeply');
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const left = a as readonly TfValue[];
    const right = b as readonly TfValue[];
    if (left.length !== right.length) return false;
    return allEqual(
      left.map((item, i) => [item, right[i] ?? null] as const),
      depth,
    );
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length || keys.some((k) => !Object.hasOwn(b, k))) return false;
    return allEqual(
      keys.map((k) => [a[k] ?? null, b[k] ?? null] as const),
      depth,
    );
  }
  return a === b;
};

const allEqual = (pairs: readonly (readonly [TfValue, TfValue])[], depth: number): boolean | Unknown => {
  let pending: Unknown | undefined;
  for (const [x, y] of pairs) {
    const same = tfEquals(x, y, depth + 1);
    if (same === false) return false;
    if (same instanceof Unknown) pending ??= same;
  }
  return pending ?? true;
};

/** A value as JSON text (`jsonencode`): object keys sorted, as Terraform writes them. */
export const toJson = (value: TfValue, depth = 0): string | Unknown => {
  if (value instanceof Unknown) return derived(value);
  if (depth > 64) return unknown('value nested too deeply');
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value as readonly TfValue[]) {
      const text = toJson(item, depth + 1);
      if (text instanceof Unknown) return text;
      parts.push(text);
    }
    return `[${parts.join(',')}]`;
  }
  const object = value as TfObject;
  for (const key of Object.keys(object).sort()) {
    const text = toJson(object[key] ?? null, depth + 1);
    if (text instanceof Unknown) return text;
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
};
