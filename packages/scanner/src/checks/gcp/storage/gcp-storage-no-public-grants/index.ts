import { defineCheck, fail, isUnknown, nameList, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-storage-no-public-grants',
  title: 'Cloud Storage buckets grant nothing to allUsers or allAuthenticatedUsers',
  description:
    'Reads the google_storage_bucket_iam_binding, google_storage_bucket_iam_member and google_storage_bucket_acl ' +
    'resources that name each bucket. Fails when one grants a role or ACL access to allUsers (anyone on the ' +
    'internet) or allAuthenticatedUsers (anyone with a Google account); unknown when one whose bucket or members ' +
    'cannot be resolved may; passes otherwise.',
  rationale:
    'A grant to allUsers publishes the objects to the whole internet, and allAuthenticatedUsers is hardly narrower: ' +
    'any of the billions of Google accounts qualifies. Such grants are the usual cause of Cloud Storage data leaks. ' +
    'Public content belongs behind a CDN or signed URLs, in a bucket kept for it.',
  severity: 'critical',
  provider: 'gcp',
  service: 'storage',
  resourceKinds: ['gcp.storage.bucket'],
  remediation: {
    summary:
      'Remove the grant to allUsers or allAuthenticatedUsers, grant access to named principals or groups, and enforce public access prevention on the bucket.',
    terraform:
      'resource "google_storage_bucket_iam_member" "readers" {\n  bucket = google_storage_bucket.data.name\n  role   = "roles/storage.objectViewer"\n  member = "group:data-readers@acme.example" # never allUsers\n}',
    cli: 'gcloud storage buckets remove-iam-policy-binding gs://acme-data --member=allUsers --role=roles/storage.objectViewer',
  },
  references: [
    'https://cloud.google.com/storage/docs/access-control/making-data-public',
    'https://cloud.google.com/storage/docs/access-control/iam',
  ],
  evaluate(bucket) {
    const grants = bucket.publicGrants;
    if (grants === undefined) return undefined;
    if (isUnknown(grants)) return unresolved('whether the bucket is shared with everyone', grants);
    return grants.length > 0
      ? fail(nameList(grants))
      : pass('no IAM binding, member or ACL of the configuration grants access to everyone');
  },
});
