import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-storage-public-access-prevention',
  title: 'Cloud Storage buckets enforce public access prevention',
  description:
    'Checks google_storage_bucket. Passes when public_access_prevention is "enforced". Fails when it is ' +
    '"inherited" or not set (inherited is the default): the bucket then relies on an organization policy that ' +
    'the configuration does not show, and can be opened to allUsers where none applies.',
  rationale:
    'One IAM binding or ACL for allUsers or allAuthenticatedUsers makes the data readable by anyone on the ' +
    'internet, and such grants are easy to add by mistake. Enforced public access prevention makes Cloud Storage ' +
    "refuse them, whatever the bucket's policy says.",
  severity: 'high',
  provider: 'gcp',
  service: 'storage',
  resourceKinds: ['gcp.storage.bucket'],
  remediation: {
    summary:
      'Set public_access_prevention to "enforced" on every bucket that is not meant to serve public content, and ' +
      'enforce the storage.publicAccessPrevention organization policy.',
    terraform:
      'resource "google_storage_bucket" "data" {\n  name                     = "acme-data"\n  location                 = "EU"\n  public_access_prevention = "enforced"\n}',
    cli: 'gcloud storage buckets update gs://acme-data --public-access-prevention',
  },
  references: ['https://cloud.google.com/storage/docs/public-access-prevention'],
  evaluate(bucket) {
    const value = bucket.publicAccessPrevention;
    const at = { attribute: 'publicAccessPrevention' };
    if (isUnknown(value)) return unresolved('public access prevention', value, at);
    if (value === 'enforced') return pass('public access prevention is enforced', at);
    return value === undefined
      ? fail('public access prevention is not set (inherited by default): the bucket can be made public')
      : fail(`public access prevention is "${value}", not enforced: the bucket can be made public`, at);
  },
});
