import { Unknown, unknown } from '../../model/value.js';
import type { Scope, Value } from './evaluate.js';
import type { RawBody, RawValue } from './hcl.js';
import { type BlockLines, type BodyLines, blocksOf } from './line-index.js';
import { bodiesOf } from './module-config.js';
import { evalRaw, MAX_VALUE_DEPTH } from './raw-values.js';
import type { TfObject, TfValue } from './tf-resource.js';
import { derived, isList, isObject } from './values.js';

// Evaluates the body of a resource: attributes become values (an argument that evaluates to null is left
// out, as Terraform treats it as not set), nested blocks lists of objects (in source order, `dynamic` blocks
// expanded in place) and every attribute and block gets its line under its path in the values
// (`metadata_options.0.http_tokens`).

/** Arguments that configure Terraform itself, not the resource: left out of `values`. */
export const META_ARGUMENTS: ReadonlySet<string> = new Set([
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'provisioner',
  'connection',
]);

/** Blocks one `dynamic` block may produce. */
const MAX_DYNAMIC_BLOCKS = 10_000;

export interface EvaluatedBody {
  readonly values: TfObject;
  readonly attributeLines: Readonly<Record<string, number>>;
}

interface Pending {
  readonly order: number;
  readonly raw: RawBody;
  readonly lines?: BlockLines;
  readonly dynamic: boolean;
}

/** A scope with extra names bound over another. */
export const bindNames = (scope: Scope, names: Readonly<Record<string, Value>>): Scope => ({
  root: (name) => (Object.hasOwn(names, name) ? names[name] : scope.root(name)),
});

const isRecord = (value: RawValue): value is RawBody =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `iterator = rule` reaches us as `"${rule}"` from hcl2json and as `"rule"` from JSON. */
const iteratorName = (raw: RawValue): string | undefined => {
  if (typeof raw !== 'string') return undefined;
  return /^(?:\$\{\s*)?([\p{L}_][\p{L}\p{N}_-]*)(?:\s*\})?$/u.exec(raw)?.[1];
};

class BodyEvaluator {
  readonly lines: Record<string, number> = {};

  body(raw: RawBody, lines: BodyLines | undefined, scope: Scope, prefix: string, depth: number): TfValue {
    if (depth > MAX_VALUE_DEPTH) return unknown('blocks nested too deeply');
    const values: Record<string, TfValue> = {};
    const dynamic = isRecord(raw.dynamic) ? raw.dynamic : {};
    const keys = new Set([...Object.keys(raw), ...Object.keys(dynamic)]);
    keys.delete('dynamic');
    keys.delete('//');
    for (const key of keys) {
      if (depth === 0 && META_ARGUMENTS.has(key)) continue;
      const value = raw[key];
      const statics = this.#isBlockList(key, value, lines) ? bodiesOf(value) : [];
      const dynamics = bodiesOf(dynamic[key]);
      if (statics.length === 0 && dynamics.length === 0) {
        const evaluated = value === undefined ? null : evalRaw(value, scope);
        // An argument set to null is not set: the provider's default applies, as in Terraform.
        if (evaluated === null) continue;
        values[key] = evaluated;
        const line = lines?.attributes.get(key);
        if (line !== undefined) this.lines[`${prefix}${key}`] = line;
        continue;
      }
      values[key] = this.#blocks(key, statics, dynamics, lines, scope, prefix, depth);
    }
    return values;
  }

  #isBlockList(key: string, value: RawValue, lines: BodyLines | undefined): boolean {
    if (!Array.isArray(value) || value.length === 0 || !value.every(isRecord)) return false;
    return lines === undefined || lines.attributes.get(key) === undefined || blocksOf(lines, key).length > 0;
  }

  #blocks(
    key: string,
    statics: readonly RawBody[],
    dynamics: readonly RawBody[],
    lines: BodyLines | undefined,
    scope: Scope,
    prefix: string,
    depth: number,
  ): TfValue {
    const staticLines = blocksOf(lines, key);
    const dynamicLines = blocksOf(lines, 'dynamic', key);
    // In source order when the lines are known; otherwise static blocks first.
    const pending: Pending[] = [
      ...statics.map((raw, i) => ({
        order: staticLines[i]?.line ?? i,
        raw,
        lines: staticLines[i],
        dynamic: false,
      })),
      ...dynamics.map((raw, i) => ({
        order: dynamicLines[i]?.line ?? 1e9 + i,
        raw,
        lines: dynamicLines[i],
        dynamic: true,
      })),
    ].sort((a, b) => a.order - b.order);
    const items: TfValue[] = [];
    let firstLine: number | undefined;
    for (const entry of pending) {
      firstLine ??= entry.lines?.line;
      if (!entry.dynamic) {
        const path = `${prefix}${key}.${items.length}`;
        if (entry.lines) this.lines[path] = entry.lines.line;
        items.push(this.body(entry.raw, entry.lines?.body, scope, `${path}.`, depth + 1));
        continue;
      }
      const expanded = this.#dynamic(key, entry, scope, prefix, items.length, depth);
      if (expanded instanceof Unknown) {
        if (firstLine !== undefined) this.lines[`${prefix}${key}`] = firstLine;
        return expanded;
      }
      items.push(...expanded);
    }
    if (firstLine !== undefined) this.lines[`${prefix}${key}`] = firstLine;
    return items;
  }

  #dynamic(
    key: string,
    entry: Pending,
    scope: Scope,
    prefix: string,
    start: number,
    depth: number,
  ): TfValue[] | Unknown {
    const collection = evalRaw(entry.raw.for_each, scope);
    if (collection instanceof Unknown)
      return unknown(`the for_each of dynamic "${key}" is unknown: ${derived(collection).reason}`);
    let pairs: [TfValue, TfValue][];
    if (isList(collection)) pairs = collection.map((v, i) => [i, v]);
    else if (isObject(collection))
      pairs = Object.keys(collection)
        .sort()
        .map((k) => [k, collection[k] ?? null]);
    else if (collection === null) pairs = [];
    else return unknown(`the for_each of dynamic "${key}" is not a collection`);
    if (pairs.length > MAX_DYNAMIC_BLOCKS)
      return unknown(`dynamic "${key}" would make more than ${MAX_DYNAMIC_BLOCKS} blocks`);
    const iterator = iteratorName(entry.raw.iterator) ?? key;
    const content = bodiesOf(entry.raw.content)[0] ?? {};
    const contentLines = blocksOf(entry.lines?.body, 'content')[0];
    const line = contentLines?.line ?? entry.lines?.line;
    return pairs.map(([k, v], i) => {
      const path = `${prefix}${key}.${start + i}`;
      if (line !== undefined) this.lines[path] = line;
      const inner = bindNames(scope, { [iterator]: { key: k, value: v } });
      return this.body(content, contentLines?.body, inner, `${path}.`, depth + 1);
    });
  }
}

/** Evaluates a resource body over a scope, leaving out Terraform's meta-arguments. Never throws. */
export const evaluateBody = (raw: RawBody, lines: BodyLines | undefined, scope: Scope): EvaluatedBody => {
  const evaluator = new BodyEvaluator();
  const values = evaluator.body(raw, lines, scope, '', 0);
  return { values: isObject(values) ? values : {}, attributeLines: evaluator.lines };
};
