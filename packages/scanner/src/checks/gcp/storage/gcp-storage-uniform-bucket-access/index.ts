import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-storage-uniform-bucket-access',
  title: 'Cloud Storage buckets use uniform bucket-level access',
  description:
    'Checks google_storage_bucket. Passes when uniform_bucket_level_access is true. Fails when it is false or not ' +
    'set: buckets then keep fine-grained access, where object ACLs grant access beside IAM.',
  rationale:
    "With object ACLs, any object can be shared on its own, out of sight of the bucket's IAM policy, and a review " +
    'of who can read the data has to visit every object. Uniform access makes IAM the single place that decides, ' +
    'which is what access reviews, conditions and public access prevention rely on.',
  severity: 'medium',
  provider: 'gcp',
  service: 'storage',
  resourceKinds: ['gcp.storage.bucket'],
  remediation: {
    summary:
      'Turn on uniform bucket-level access after moving any grants made through ACLs into IAM bindings.',
    terraform:
      'resource "google_storage_bucket" "data" {\n  name                        = "acme-data"\n  location                    = "EU"\n  uniform_bucket_level_access = true\n}',
    cli: 'gcloud storage buckets update gs://acme-data --uniform-bucket-level-access',
  },
  references: ['https://cloud.google.com/storage/docs/uniform-bucket-level-access'],
  evaluate(bucket) {
    const on = bucket.uniformBucketLevelAccess;
    const at = { attribute: 'uniformBucketLevelAccess' };
    if (isUnknown(on)) return unresolved('uniform bucket-level access', on, at);
    if (on === true) return pass('uniform bucket-level access is on', at);
    return on === false
      ? fail('uniform bucket-level access is off: object ACLs can grant access', at)
      : fail('uniform bucket-level access is not set (off by default): object ACLs can grant access');
  },
});
