import type { StorageLifecycleRule } from '../../model/gcp.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { partLine } from './adapt-aws-context.js';
import type { TfResource } from './tf-resource.js';
import { block, blocks, num, str } from './tf-values.js';

// The lifecycle rules of a google_storage_bucket: what each one does (its action type) and the parts of its
// condition that say which objects it reaches. Both blocks are required by the provider.

const upper = (value: Attr<string> | undefined): Attr<string> | undefined =>
  value === undefined || isUnknown(value) ? value : value.trim().toUpperCase();

/** `lifecycle_rule` blocks in order, each on its own line; Unknown when the list itself cannot be resolved. */
export const storageLifecycleRules = (r: TfResource): Attr<readonly StorageLifecycleRule[]> => {
  const rules = blocks(r.values, 'lifecycle_rule');
  if (isUnknown(rules)) return rules;
  return rules.map((rule, i): StorageLifecycleRule => {
    const at = `lifecycle_rule.${i}`;
    const line = partLine(r, `${at}.action.0.type`, at, 'lifecycle_rule');
    if (isUnknown(rule)) return { actionType: rule, line };
    const action = block(rule, 'action');
    const condition = block(rule, 'condition');
    const type =
      action === undefined
        ? unknown(`${at} has no action block, which the provider requires`)
        : isUnknown(action)
          ? action
          : (str(action, 'type') ?? unknown(`${at} sets no action type, which the provider requires`));
    return {
      actionType: typeof type === 'string' ? type.trim() : type,
      ageDays: num(condition, 'age'),
      withState: upper(str(condition, 'with_state')) || undefined,
      line,
    };
  });
};
