import type {
  BlobDeleteRetention,
  LifecycleDeletion,
  LifecycleManagementPolicy,
  LifecycleManagementRule,
} from '../../model/azure.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { companionOf } from './adapt-base.js';
import type { TfObject, TfResource } from './tf-resource.js';
import { block, blocks, bool, num, str, strList, type TfSource } from './tf-values.js';

// What a storage account does with deleted and ageing data: blob and container soft delete (its own
// `blob_properties`) and the lifecycle management policy that names it (azurerm_storage_management_policy).

export const MANAGEMENT_POLICY_TYPE = 'azurerm_storage_management_policy';

/** A soft-delete block of `blob_properties`; undefined when not declared (soft delete off). */
export const blobRetention = (
  account: TfResource,
  key: 'delete_retention_policy' | 'container_delete_retention_policy',
): Attr<BlobDeleteRetention> | undefined => {
  const policy = block(block(account.values, 'blob_properties'), key);
  if (policy === undefined || isUnknown(policy)) return policy;
  return {
    days: num(policy, 'days'),
    permanentDelete: key === 'delete_retention_policy' ? bool(policy, 'permanent_delete_enabled') : undefined,
  };
};

/** The delete thresholds of each action block, with what they delete and what their days count from. */
const DELETIONS: readonly (readonly [
  string,
  LifecycleDeletion['target'],
  Record<string, LifecycleDeletion['since']>,
])[] = [
  [
    'base_blob',
    'blobs',
    {
      delete_after_days_since_modification_greater_than: 'modification',
      delete_after_days_since_last_access_time_greater_than: 'last access',
      delete_after_days_since_creation_greater_than: 'creation',
    },
  ],
  ['snapshot', 'snapshots', { delete_after_days_since_creation_greater_than: 'creation' }],
  ['version', 'versions', { delete_after_days_since_creation: 'creation' }],
];

/** The deletions of one rule's `actions`. Negative thresholds (how plans show an unset one) delete nothing. */
const deletionsOf = (rule: TfObject): Attr<readonly LifecycleDeletion[]> => {
  const actions = block(rule, 'actions');
  if (isUnknown(actions)) return actions;
  const found: LifecycleDeletion[] = [];
  for (const [key, target, thresholds] of DELETIONS) {
    const action = block(actions, key);
    if (isUnknown(action)) return action;
    for (const [argument, since] of Object.entries(thresholds)) {
      const days = num(action, argument);
      if (days === undefined || (typeof days === 'number' && days < 0)) continue;
      found.push({ target, since, days });
    }
  }
  return found;
};

const rulesOf = (account: TfResource, policy: TfResource): Attr<readonly LifecycleManagementRule[]> => {
  const rules = blocks(policy.values, 'rule');
  if (isUnknown(rules)) return rules;
  const sameFile = policy.location.file === account.location.file;
  return rules.map((rule, i): LifecycleManagementRule => {
    const line = sameFile ? partLine(policy, `rule.${i}`, 'rule') : account.location.line;
    if (isUnknown(rule)) return { enabled: rule, deletions: rule, line };
    const filters: TfSource = block(rule, 'filters');
    return {
      name: str(rule, 'name'),
      enabled:
        bool(rule, 'enabled') ??
        unknown(`rule ${i + 1} does not say whether it is enabled (the provider requires it)`),
      prefixes: strList(filters, 'prefix_match'),
      deletions: deletionsOf(rule),
      line,
    };
  });
};

/**
 * The lifecycle management policy whose storage_account_id names the account. Unknown when several do (Azure
 * keeps the one applied last) or, when none does for sure, one may but its account cannot be resolved.
 */
export const lifecyclePolicy = (
  account: TfResource,
  ctx: TfContext,
): Attr<LifecycleManagementPolicy> | undefined => {
  const policy = companionOf(ctx, account, {
    type: MANAGEMENT_POLICY_TYPE,
    key: 'storage_account_id',
    does: "set this account's lifecycle policy",
  });
  return policy === undefined || isUnknown(policy)
    ? policy
    : { address: policy.address, rules: rulesOf(account, policy) };
};
