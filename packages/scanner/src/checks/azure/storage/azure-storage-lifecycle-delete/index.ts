import {
  anyOf,
  defineCheck,
  type Finding,
  fail,
  firstUnknown,
  isKnown,
  isUnknown,
  type LifecycleDeletion,
  type LifecycleManagementRule,
  pass,
  type Unknown,
  unresolved,
} from '../../kit.js';

const ruleName = (rule: LifecycleManagementRule, index: number) =>
  typeof rule.name === 'string' ? `lifecycle rule "${rule.name}"` : `lifecycle rule ${index + 1}`;

const describeDeletion = (d: LifecycleDeletion) => `${d.target} ${String(d.days)} days after ${d.since}`;

/** The rule's scope in words: nothing for the whole account, else the prefixes it is limited to. */
const scope = (rule: LifecycleManagementRule): string => {
  const prefixes = rule.prefixes;
  if (!isKnown(prefixes) || prefixes.length === 0) return '';
  return ` (only under ${prefixes.map((p) => (isUnknown(p) ? 'an unresolved prefix' : p)).join(', ')})`;
};

/** The known deletions of an enabled rule; an Unknown when whether it deletes anything cannot be told. */
const deletions = (rule: LifecycleManagementRule): readonly LifecycleDeletion[] | Unknown => {
  if (rule.enabled === false) return [];
  if (isUnknown(rule.enabled)) return rule.enabled;
  if (isUnknown(rule.deletions)) return rule.deletions;
  const known = rule.deletions.filter((d) => !isUnknown(d.days));
  if (known.length > 0) return known;
  return firstUnknown(...rule.deletions.map((d) => d.days)) ?? known;
};

export const check = defineCheck(import.meta.url, {
  id: 'azure-storage-lifecycle-delete',
  title: 'Storage accounts delete ageing blobs through a lifecycle management policy',
  description:
    'Checks azurerm_storage_account, except FileStorage accounts, which have no blob service. Passes when an ' +
    'azurerm_storage_management_policy names the account (storage_account_id) and one of its enabled rules deletes ' +
    'base blobs, snapshots or previous versions after a number of days (since modification, last access or ' +
    'creation); a rule limited to some prefixes counts, and the message names them. Fails when no policy names the ' +
    'account (Azure then keeps every blob, snapshot and version until someone deletes it) or when no enabled rule ' +
    'deletes anything, tiering alone does not count. Unknown when a policy may name the account but its ' +
    'storage_account_id cannot be resolved, or a rule cannot be.',
  rationale:
    'Blobs with no end date accumulate: exports, uploads, snapshots and superseded versions outlive their purpose ' +
    'and the contract they were kept for, and each is still there to leak or to disclose. A delete rule writes the ' +
    'retention period into the account, so Azure removes expired data itself, including after the customer leaves, ' +
    'instead of relying on someone to clean up.',
  severity: 'low',
  provider: 'azure',
  service: 'storage',
  resourceKinds: ['azure.storage.account'],
  remediation: {
    summary:
      'Add a lifecycle management policy with an enabled rule that deletes blobs, and their snapshots and versions, ' +
      'after the retention period the data needs.',
    terraform:
      'resource "azurerm_storage_management_policy" "data" {\n  storage_account_id = azurerm_storage_account.data.id\n\n  rule {\n    name    = "retention"\n    enabled = true\n    filters {\n      blob_types = ["blockBlob"]\n    }\n    actions {\n      base_blob {\n        delete_after_days_since_modification_greater_than = 400\n      }\n      snapshot {\n        delete_after_days_since_creation_greater_than = 90\n      }\n      version {\n        delete_after_days_since_creation = 90\n      }\n    }\n  }\n}',
    cli: 'az storage account management-policy create --resource-group acme --account-name acmedata --policy @policy.json',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/blobs/lifecycle-management-overview',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_management_policy',
  ],
  evaluate(account): Finding | undefined {
    const kind = account.accountKind;
    if (isUnknown(kind))
      return unresolved('the account kind (a FileStorage account has no blobs)', kind, {
        attribute: 'accountKind',
      });
    if (kind === 'FileStorage') return undefined;
    const policy = account.lifecyclePolicy;
    if (policy === undefined)
      return fail(
        'no lifecycle management policy: blobs, snapshots and versions are kept until someone deletes them',
      );
    if (isUnknown(policy)) return unresolved('the lifecycle management policy', policy);
    if (isUnknown(policy.rules)) return unresolved(`the rules of ${policy.address}`, policy.rules);
    const judged = policy.rules.map((rule, index) => ({ rule, index, found: deletions(rule) }));
    const deleting = anyOf(judged, ({ found }) => (isUnknown(found) ? found : found.length > 0));
    if (deleting.value === true) {
      const { rule, index, found } = deleting.item;
      const what = isUnknown(found) ? '' : found.map(describeDeletion).join(', ');
      return pass(`${ruleName(rule, index)} of ${policy.address} deletes ${what}${scope(rule)}`, {
        line: rule.line,
      });
    }
    if (deleting.value !== false) {
      const { rule, index } = deleting.item;
      return unresolved(`whether ${ruleName(rule, index)} deletes data`, deleting.value, { line: rule.line });
    }
    return fail(`no enabled rule of ${policy.address} deletes blobs, snapshots or versions`);
  },
});
