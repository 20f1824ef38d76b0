import { Unknown, unknown } from '../../model/value.js';
import { evaluate, type Scope } from './evaluate.js';
import type { Expr } from './expr-ast.js';
import { parseTemplate } from './expressions.js';
import type { RawValue } from './hcl.js';
import type { TfValue } from './tf-resource.js';
import { toText } from './values.js';

// Turns the JSON that hcl2json (or a `.tf.json` file) gives into resolved values: every string is a template,
// evaluated over a scope; lists and objects are walked to a bounded depth.

/** Nesting of lists and objects walked in one value. */
export const MAX_VALUE_DEPTH = 64;

const parsed = new Map<string, Expr>();
const MAX_CACHED = 100_000;

/** The parsed template of a string, cached: the same text (`"${var.env}"`) recurs across a configuration. */
export const templateOf = (text: string): Expr => {
  let expr = parsed.get(text);
  if (!expr) {
    if (parsed.size >= MAX_CACHED) parsed.clear();
    expr = parseTemplate(text);
    parsed.set(text, expr);
  }
  return expr;
};

/** A scope that defines nothing: for variable defaults and tfvars, which may not refer to anything. */
export const EMPTY_SCOPE: Scope = { root: () => undefined };

/** Evaluates a raw value over a scope. Never throws. */
export const evalRaw = (raw: RawValue, scope: Scope, depth = 0): TfValue => {
  if (typeof raw === 'string') return raw.includes('{') ? evaluate(templateOf(raw), scope) : raw;
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw === null) return raw;
  if (depth > MAX_VALUE_DEPTH) return unknown('value nested too deeply');
  if (Array.isArray(raw)) return raw.map((item: RawValue) => evalRaw(item, scope, depth + 1));
  if (typeof raw !== 'object') return null;
  const out: Record<string, TfValue> = {};
  for (const [rawKey, value] of Object.entries(raw)) {
    let key = rawKey;
    if (rawKey.includes('${')) {
      const evaluated = toText(evaluate(templateOf(rawKey), scope));
      if (evaluated instanceof Unknown) return unknown(`an object key is unknown: ${evaluated.reason}`);
      key = evaluated;
    }
    out[key] = evalRaw(value, scope, depth + 1);
  }
  return out;
};

/** A raw value taken literally (JSON syntax variable defaults and `.tfvars.json` values). */
export const literalRaw = (raw: RawValue, depth = 0): TfValue => {
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw === null)
    return raw;
  if (depth > MAX_VALUE_DEPTH) return unknown('value nested too deeply');
  if (Array.isArray(raw)) return raw.map((item: RawValue) => literalRaw(item, depth + 1));
  if (typeof raw !== 'object') return null;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, literalRaw(v, depth + 1)]));
};
