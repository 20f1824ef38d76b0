import { Unknown } from '../../model/value.js';
import { evaluate } from './evaluate.js';
import type { Expr } from './expr-ast.js';
import { parseExpression } from './expressions.js';
import { EMPTY_SCOPE } from './raw-values.js';
import type { TfObject, TfValue } from './tf-resource.js';
import { failure, isList, isObject, toBool, toNumber, toText } from './values.js';

// The type constraint of a variable (`type = list(object({ ports = optional(list(string), []) }))`) and the
// conversion Terraform applies to the value a variable receives, its default included: primitives converted
// (`"22"` to a number), attributes an object type does not declare dropped, and the attributes it declares as
// `optional` filled in when omitted or null (with their default, else null). Without this, a module that reads
// `rule.source_ranges` of an object whose caller left it out would see an attribute that does not exist, where
// Terraform sees null or the default.

interface ObjectAttribute {
  readonly type: TypeConstraint;
  readonly optional: boolean;
  /** The default of `optional(type, default)`. */
  readonly default?: Expr;
}

export type TypeConstraint =
  | { readonly kind: 'any' | 'string' | 'number' | 'bool' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: TypeConstraint }
  | { readonly kind: 'tuple'; readonly elements: readonly TypeConstraint[] }
  | { readonly kind: 'object'; readonly attributes: ReadonlyMap<string, ObjectAttribute> };

const ANY: TypeConstraint = { kind: 'any' };
const PRIMITIVES = new Set(['any', 'string', 'number', 'bool']);

/** Past this depth of nested values, a value is passed on as it is. */
const MAX_CONVERT_DEPTH = 64;

/** The type an expression writes, or undefined when it is not one this reader knows. */
const typeOf = (expr: Expr): TypeConstraint | undefined => {
  if (expr.t === 'name')
    return PRIMITIVES.has(expr.name) ? ({ kind: expr.name } as TypeConstraint) : undefined;
  if (expr.t !== 'call' || expr.expand) return undefined;
  const [first, ...rest] = expr.args;
  if (first === undefined) return undefined;
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map': {
      const element = rest.length === 0 ? typeOf(first) : undefined;
      return element && { kind: expr.name, element };
    }
    case 'tuple': {
      if (rest.length > 0 || first.t !== 'tuple') return undefined;
      const elements = first.items.map(typeOf);
      return elements.every((e) => e !== undefined) ? { kind: 'tuple', elements } : undefined;
    }
    case 'object': {
      if (rest.length > 0 || first.t !== 'object') return undefined;
      const attributes = new Map<string, ObjectAttribute>();
      for (const { key, value } of first.entries) {
        const name = key.t === 'literal' ? key.value : key.t === 'name' ? key.name : undefined;
        const attribute = typeof name === 'string' ? attributeOf(value) : undefined;
        if (typeof name !== 'string' || attribute === undefined) return undefined;
        attributes.set(name, attribute);
      }
      return { kind: 'object', attributes };
    }
    default:
      return undefined;
  }
};

/** An attribute of an object type: `string`, `optional(string)` or `optional(string, "default")`. */
const attributeOf = (expr: Expr): ObjectAttribute | undefined => {
  if (expr.t !== 'call' || expr.name !== 'optional' || expr.expand) {
    const type = typeOf(expr);
    return type && { type, optional: false };
  }
  const [inner, fallback, ...more] = expr.args;
  const type = inner && more.length === 0 ? typeOf(inner) : undefined;
  return type && { type, optional: true, ...(fallback ? { default: fallback } : {}) };
};

const parsedTypes = new Map<string, TypeConstraint | undefined>();
const MAX_CACHED = 10_000;

/**
 * The type constraint a variable's `type` writes (`list(object({...}))`), or undefined when there is none or it
 * cannot be read: the value is then taken as it is.
 */
export const parseTypeConstraint = (text: string | undefined): TypeConstraint | undefined => {
  if (text === undefined) return undefined;
  if (parsedTypes.has(text)) return parsedTypes.get(text);
  if (parsedTypes.size >= MAX_CACHED) parsedTypes.clear();
  const type = typeOf(parseExpression(text));
  parsedTypes.set(text, type);
  return type;
};

const convertObject = (
  value: TfObject,
  type: TypeConstraint & { kind: 'object' },
  depth: number,
): TfValue => {
  const out: Record<string, TfValue> = {};
  for (const [name, attribute] of type.attributes) {
    const given = Object.hasOwn(value, name) ? value[name] : undefined;
    if (given !== undefined && given !== null) out[name] = convertTo(given, attribute.type, depth + 1);
    else if (attribute.default)
      out[name] = convertTo(evaluate(attribute.default, EMPTY_SCOPE), attribute.type, depth + 1);
    else if (attribute.optional || given === null) out[name] = null;
    else out[name] = failure(`attribute "${name}" is required by the variable's type but not given`);
  }
  return out;
};

/** A value converted to a type constraint as Terraform converts a variable's value (see the file comment). */
export const convertTo = (value: TfValue, type: TypeConstraint = ANY, depth = 0): TfValue => {
  if (value === null || value instanceof Unknown || type.kind === 'any' || depth > MAX_CONVERT_DEPTH)
    return value;
  switch (type.kind) {
    case 'string':
      return toText(value);
    case 'number':
      return toNumber(value);
    case 'bool':
      return toBool(value);
    case 'list':
    case 'set':
      return isList(value) ? value.map((item) => convertTo(item, type.element, depth + 1)) : value;
    case 'tuple':
      return isList(value)
        ? value.map((item, i) => convertTo(item, type.elements[i] ?? ANY, depth + 1))
        : value;
    case 'map':
      return isObject(value)
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, convertTo(v, type.element, depth + 1)]),
          )
        : value;
    case 'object':
      return isObject(value) ? convertObject(value, type, depth) : value;
  }
};
