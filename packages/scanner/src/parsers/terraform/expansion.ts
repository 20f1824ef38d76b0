import type { InputIssue } from '../../inputs/input-issue.js';
import type { SourceLocation } from '../../model/location.js';
import { Unknown, unknown } from '../../model/value.js';
import type { Scope, Value } from './evaluate.js';
import type { RawBody } from './hcl.js';
import { evalRaw } from './raw-values.js';
import type { TfValue } from './tf-resource.js';
import { derived, EvalFailure, isList, isObject, toNumber } from './values.js';

// `count` and `for_each` of a resource or module call: the instances Terraform would create, with their
// address suffix (`[0]`, `["blue"]`) and the names they bind (`count.index`, `each.key`, `each.value`).

/** Instances one block may expand to; past it, one unknown instance stands for them all. */
export const MAX_INSTANCES = 1_000;

export interface Instance {
  /** `''`, `[0]`, `["blue"]` or `[*]` when the keys are unknown. */
  readonly suffix: string;
  /** The names the instance binds: `count` and/or `each`. */
  readonly names: Readonly<Record<string, Value>>;
}

export interface Expansion {
  readonly instances: readonly Instance[];
  readonly kind: 'single' | 'count' | 'for_each';
  /** Why the instances are unknown (a single `[*]` instance stands for them). */
  readonly unknown?: Unknown;
}

const unknownExpansion = (kind: 'count' | 'for_each', reason: Unknown): Expansion => ({
  kind,
  unknown: reason,
  instances: [
    {
      suffix: '[*]',
      names:
        kind === 'count'
          ? { count: { index: unknown(`count.index: ${reason.reason}`) } }
          : {
              each: {
                key: unknown(`each.key: ${reason.reason}`),
                value: unknown(`each.value: ${reason.reason}`),
              },
            },
    },
  ],
});

/** A key as Terraform prints it in an address: `["blue"]`. */
export const keySuffix = (key: string): string => `[${JSON.stringify(key)}]`;

/**
 * The instances of a block over its `count` or `for_each`. A value Terraform would reject (a negative count, a
 * list of numbers for for_each) gives a warning at the block and one unknown instance.
 */
export const expandInstances = (
  body: RawBody,
  scope: Scope,
  what: string,
  location: SourceLocation,
  issues: InputIssue[],
): Expansion => {
  const warn = (kind: 'count' | 'for_each', message: string) => {
    issues.push({ level: 'warning', location, message: `${what}: ${message}` });
    return unknownExpansion(kind, unknown(message));
  };
  if (Object.hasOwn(body, 'count')) {
    const count = toNumber(evalRaw(body.count, scope));
    if (count instanceof EvalFailure)
      return warn('count', `count ${count.reason.replace(/^cannot evaluate: /, 'is invalid: ')}`);
    if (count instanceof Unknown)
      return unknownExpansion('count', unknown(`count is unknown: ${derived(count).reason}`));
    if (!Number.isInteger(count) || count < 0) return warn('count', `count is ${count}, not a whole number`);
    if (count > MAX_INSTANCES)
      return warn('count', `count is ${count}: more than ${MAX_INSTANCES} instances are not expanded`);
    return {
      kind: 'count',
      instances: Array.from({ length: count }, (_, index) => ({
        suffix: `[${index}]`,
        names: { count: { index } },
      })),
    };
  }
  if (Object.hasOwn(body, 'for_each')) {
    const collection = evalRaw(body.for_each, scope);
    if (collection instanceof EvalFailure)
      return warn('for_each', `for_each ${collection.reason.replace(/^cannot evaluate: /, 'is invalid: ')}`);
    if (collection instanceof Unknown)
      return unknownExpansion('for_each', unknown(`for_each is unknown: ${derived(collection).reason}`));
    let entries: [string, TfValue][];
    if (isObject(collection))
      entries = Object.keys(collection)
        .sort()
        .map((k) => [k, collection[k] ?? null]);
    else if (isList(collection)) {
      const inner = collection.find((v): v is Unknown => v instanceof Unknown);
      if (inner)
        return unknownExpansion('for_each', unknown(`a for_each key is unknown: ${derived(inner).reason}`));
      if (!collection.every((v): v is string => typeof v === 'string'))
        return warn('for_each', 'for_each needs a map or a set of strings');
      entries = [...new Set(collection)].sort().map((k) => [k, k]);
    } else return warn('for_each', 'for_each needs a map or a set of strings');
    if (entries.length > MAX_INSTANCES)
      return warn(
        'for_each',
        `for_each has ${entries.length} keys: more than ${MAX_INSTANCES} instances are not expanded`,
      );
    return {
      kind: 'for_each',
      instances: entries.map(([key, value]) => ({ suffix: keySuffix(key), names: { each: { key, value } } })),
    };
  }
  return { kind: 'single', instances: [{ suffix: '', names: {} }] };
};
