import type { z } from 'zod';

/** Whether a value passes a schema, without building a result or issues. */
export type ValueCheck = (value: unknown) => boolean;

// The snapshot item schemas use a small part of zod (objects, arrays, strings, booleans, integers, enums,
// optional and nullable). A million items validated by zod cost about a second of a large scan, mostly in
// building its parse results; the plain functions below answer "valid or not" for that part in a fraction of
// it. Only a verdict: an item they refuse is parsed by its zod schema again for the issues, which stay zod's.
// A schema using anything else is simply checked by zod.

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: Readonly<Record<string, unknown>> } }[];
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly entries?: Readonly<Record<string, unknown>>;
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

const isPlainObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const compileObject = (def: Def): ValueCheck | undefined => {
  const keys = Object.keys(def.shape ?? {});
  const checks: ValueCheck[] = [];
  for (const key of keys) {
    const check = compile(def.shape![key]!);
    if (!check) return undefined;
    checks.push(check);
  }
  const rest = def.catchall?._zod.def.type;
  // Loose objects (catchall unknown) accept any other key; strict ones (catchall never) none.
  if (rest !== undefined && rest !== 'unknown' && rest !== 'never') return undefined;
  const known = new Set(keys);
  const strict = rest === 'never';
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(v[keys[i]!])) return false;
    if (strict) for (const key in v) if (!known.has(key)) return false;
    return true;
  };
};

const compileNumber = (def: Def): ValueCheck | undefined => {
  if (!def.checks?.length) return (v) => typeof v === 'number' && Number.isFinite(v);
  const [only, ...more] = def.checks;
  if (more.length === 0 && only?._zod.def.format === 'safeint') return (v) => Number.isSafeInteger(v);
  return undefined;
};

const compile = (schema: Schema): ValueCheck | undefined => {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return def.checks?.length ? undefined : (v) => typeof v === 'string';
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'number':
      return compileNumber(def);
    case 'unknown':
      return () => true;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (v) => allowed.has(v);
    }
    case 'optional': {
      const inner = def.innerType && compile(def.innerType);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'nullable': {
      const inner = def.innerType && compile(def.innerType);
      return inner && ((v) => v === null || inner(v));
    }
    case 'array': {
      const element = !def.checks?.length && def.element ? compile(def.element) : undefined;
      return (
        element &&
        ((v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
          return true;
        })
      );
    }
    case 'object':
      return def.checks?.length ? undefined : compileObject(def);
    default:
      return undefined;
  }
};

const compiled = new WeakMap<object, ValueCheck>();

/** A plain check that agrees with `schema.safeParse(v).success`, compiled once per schema. */
export const fastValidator = (schema: z.ZodType): ValueCheck => {
  let check = compiled.get(schema);
  if (!check) {
    check = compile(schema as unknown as Schema) ?? ((v) => schema.safeParse(v).success);
    compiled.set(schema, check);
  }
  return check;
};

/** Whether `fastValidator` checks this schema itself (true) or leaves it to zod. */
export const hasPlainCheck = (schema: z.ZodType): boolean =>
  compile(schema as unknown as Schema) !== undefined;
