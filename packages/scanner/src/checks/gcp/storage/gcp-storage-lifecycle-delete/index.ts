import {
  anyOf,
  defineCheck,
  type Finding,
  fail,
  isUnknown,
  pass,
  type StorageLifecycleRule,
  unresolved,
} from '../../kit.js';

/** What a Delete rule reaches, in words: `objects 365 days after creation`, `noncurrent versions`. */
const reach = (rule: StorageLifecycleRule): string => {
  const what = rule.withState === 'ARCHIVED' ? 'noncurrent versions' : 'objects';
  const age =
    typeof rule.ageDays === 'number' && rule.ageDays > 0 ? ` ${rule.ageDays} days after creation` : '';
  return `${what}${age}`;
};

export const check = defineCheck(import.meta.url, {
  id: 'gcp-storage-lifecycle-delete',
  title: 'Cloud Storage buckets delete objects through a lifecycle rule',
  description:
    'Checks google_storage_bucket. Passes when at least one lifecycle_rule has the action type "Delete", whatever ' +
    'its condition (age, creation date, noncurrent versions, ...). Fails when the bucket declares no lifecycle rule ' +
    '(Cloud Storage then keeps every object and every noncurrent version until someone deletes it) or when its ' +
    'rules only change the storage class or abort unfinished uploads. Unknown when a rule or its action type ' +
    'cannot be resolved and no other rule deletes.',
  rationale:
    'Objects with no end date pile up: exports, uploads and old versions outlive the purpose and the contract they ' +
    'were stored for, and every one of them is still there to leak or to disclose. A Delete rule writes the ' +
    'retention period into the bucket, so Cloud Storage removes expired data itself instead of relying on someone ' +
    'to clean up, including when the customer leaves.',
  severity: 'low',
  provider: 'gcp',
  service: 'storage',
  resourceKinds: ['gcp.storage.bucket'],
  remediation: {
    summary:
      'Add a lifecycle rule with action type "Delete" for the retention period the data needs, and one for ' +
      'noncurrent versions when the bucket keeps versions.',
    terraform:
      'resource "google_storage_bucket" "exports" {\n  name     = "acme-exports"\n  location = "EU"\n\n  lifecycle_rule {\n    condition {\n      age = 400\n    }\n    action {\n      type = "Delete"\n    }\n  }\n}',
    cli: 'gcloud storage buckets update gs://acme-exports --lifecycle-file=lifecycle.json  # {"rule":[{"action":{"type":"Delete"},"condition":{"age":400}}]}',
  },
  references: [
    'https://cloud.google.com/storage/docs/lifecycle',
    'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#lifecycle_rule',
  ],
  evaluate(bucket): Finding {
    const rules = bucket.lifecycleRules;
    if (isUnknown(rules)) return unresolved('the lifecycle rules', rules, { attribute: 'lifecycleRules' });
    if (rules === undefined || rules.length === 0)
      return fail('no lifecycle rule: objects and their versions are kept until someone deletes them');
    const deleting = anyOf(rules.entries(), ([, rule]) =>
      isUnknown(rule.actionType) ? rule.actionType : rule.actionType === 'Delete',
    );
    if (deleting.value === true) {
      const [index, rule] = deleting.item;
      return pass(`lifecycle rule ${index + 1} deletes ${reach(rule)}`, { line: rule.line });
    }
    if (deleting.value !== false) {
      const [index, rule] = deleting.item;
      return unresolved(`whether lifecycle rule ${index + 1} deletes objects`, deleting.value, {
        line: rule.line,
      });
    }
    return fail(
      'no lifecycle rule deletes objects: the rules only change storage classes or clean up uploads',
      {
        attribute: 'lifecycleRules',
      },
    );
  },
});
