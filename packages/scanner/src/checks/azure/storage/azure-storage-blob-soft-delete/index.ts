import {
  type Attr,
  type BlobDeleteRetention,
  defineCheck,
  type Finding,
  fail,
  isUnknown,
  pass,
  unresolved,
} from '../../kit.js';

const MIN_DAYS = 7;
const DEFAULT_DAYS = 7;

/** One finding for blob or container soft delete: on, kept at least MIN_DAYS, and not purgeable early. */
const judge = (
  what: 'blobs' | 'containers',
  retention: Attr<BlobDeleteRetention> | undefined,
  path: 'blobSoftDelete' | 'containerSoftDelete',
): Finding => {
  const subject = what;
  const label = what === 'blobs' ? 'blob soft delete' : 'container soft delete';
  if (isUnknown(retention)) return unresolved(label, retention, { attribute: path, subject });
  if (retention === undefined)
    return fail(`${label} is not configured (off): a deleted ${what.slice(0, -1)} cannot be recovered`, {
      attribute: path,
      subject,
    });
  const { days, permanentDelete } = retention;
  const daysAt = { attribute: `${path}.days`, subject };
  if (isUnknown(days)) return unresolved(`the ${label} retention`, days, daysAt);
  const kept = days ?? DEFAULT_DAYS;
  if (kept < MIN_DAYS) return fail(`deleted ${what} are kept ${kept} days, fewer than ${MIN_DAYS}`, daysAt);
  const purgeAt = { attribute: `${path}.permanentDelete`, subject };
  if (isUnknown(permanentDelete))
    return unresolved('whether soft-deleted blobs may be purged early', permanentDelete, purgeAt);
  if (permanentDelete === true)
    return fail('soft-deleted blobs may be purged at once (permanent delete is allowed)', purgeAt);
  return pass(`deleted ${what} are kept ${kept} days${days === undefined ? ' (the default)' : ''}`, daysAt);
};

export const check = defineCheck(import.meta.url, {
  id: 'azure-storage-blob-soft-delete',
  title: 'Storage accounts keep deleted blobs and containers recoverable for at least 7 days',
  description:
    'Checks azurerm_storage_account, except FileStorage accounts, which have no blob service. Gives one result ' +
    'for blobs and one for containers. Each passes when blob_properties declares the retention policy ' +
    '(delete_retention_policy, container_delete_retention_policy) with days of at least 7; days not set means 7, ' +
    'the provider default. Fails when the policy is not declared: soft delete is then off (Azure turns it on by ' +
    'default only for accounts created in the portal), when the days are fewer than 7, or, for blobs, when ' +
    'permanent_delete_enabled is true (default false), which lets soft-deleted blobs be purged before the period ends.',
  rationale:
    'Without soft delete, a blob deleted or overwritten by mistake, by a faulty script or by an intruder is gone ' +
    'at once, and deleting a container takes every blob in it. Soft delete keeps them recoverable for a period ' +
    "long enough to notice, a safety net for the customer's data alongside backups and versioning.",
  severity: 'medium',
  provider: 'azure',
  service: 'storage',
  resourceKinds: ['azure.storage.account'],
  remediation: {
    summary:
      'Declare delete_retention_policy and container_delete_retention_policy in blob_properties with at least 7 ' +
      'days, and leave permanent_delete_enabled off.',
    terraform:
      'resource "azurerm_storage_account" "data" {\n  # ...\n  blob_properties {\n    delete_retention_policy {\n      days = 14\n    }\n    container_delete_retention_policy {\n      days = 14\n    }\n  }\n}',
    cli:
      'az storage account blob-service-properties update --resource-group acme --account-name acmedata ' +
      '--enable-delete-retention true --delete-retention-days 14 --enable-container-delete-retention true ' +
      '--container-delete-retention-days 14',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview',
    'https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-container-overview',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#blob_properties',
  ],
  evaluate(account) {
    const kind = account.accountKind;
    if (isUnknown(kind))
      return unresolved('the account kind (a FileStorage account has no blobs)', kind, {
        attribute: 'accountKind',
      });
    if (kind === 'FileStorage') return undefined;
    return [
      judge('blobs', account.blobSoftDelete, 'blobSoftDelete'),
      judge('containers', account.containerSoftDelete, 'containerSoftDelete'),
    ];
  },
});
