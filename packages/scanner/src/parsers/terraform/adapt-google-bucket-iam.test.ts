import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import { publicGrants } from './adapt-google-bucket-iam.js';
import { reasonOf, tfRef, tfResourceBuilder } from './test-support.js';

const res = tfResourceBuilder();

describe('grants to everyone on a Cloud Storage bucket', () => {
  const bucket = res('google_storage_bucket.site', { name: 'acme-site' });
  const other = res('google_storage_bucket.other', { name: 'acme-other' });

  it('names the bindings, members and ACL entries that grant allUsers or allAuthenticatedUsers', () => {
    const all = [
      bucket,
      other,
      res('google_storage_bucket_iam_binding.public', {
        bucket: tfRef('google_storage_bucket.site', 'name'),
        role: 'roles/storage.objectViewer',
        members: ['user:a@acme.example', 'allUsers'],
      }),
      res('google_storage_bucket_iam_member.team', {
        bucket: 'acme-site',
        role: 'roles/storage.admin',
        member: 'group:ops@acme.example',
      }),
      res('google_storage_bucket_acl.acl', {
        bucket: 'acme-site',
        role_entity: ['READER:allAuthenticatedUsers'],
      }),
      res('google_storage_bucket_iam_member.elsewhere', {
        bucket: 'acme-other',
        role: 'roles/storage.objectViewer',
        member: 'allUsers',
      }),
    ];
    const ctx = new TfContext(all);
    expect(publicGrants(ctx, bucket)).toEqual([
      'google_storage_bucket_iam_binding.public grants roles/storage.objectViewer to allUsers',
      'google_storage_bucket_acl.acl grants ACL access to allAuthenticatedUsers',
    ]);
    expect(publicGrants(ctx, other)).toEqual([
      'google_storage_bucket_iam_member.elsewhere grants roles/storage.objectViewer to allUsers',
    ]);
  });

  it('is unknown when a grant to everyone may name the bucket, or a grant of the bucket cannot be read', () => {
    const members = new Unknown('var.readers has no value');
    const unresolved = new TfContext([
      bucket,
      res('google_storage_bucket_iam_binding.readers', {
        bucket: tfRef('google_storage_bucket.site', 'name'),
        members,
      }),
    ]);
    expect(reasonOf(publicGrants(unresolved, bucket))).toBe(
      'google_storage_bucket_iam_binding.readers may grant access to everyone on this bucket: var.readers has no value',
    );
    const somewhere = new TfContext([
      bucket,
      res('google_storage_bucket_iam_member.any', {
        bucket: new Unknown('var.bucket has no value'),
        member: 'allUsers',
      }),
    ]);
    expect(reasonOf(publicGrants(somewhere, bucket))).toBe(
      'google_storage_bucket_iam_member.any may grant access to everyone on this bucket: its bucket cannot be resolved',
    );
    expect(publicGrants(new TfContext([bucket]), bucket)).toEqual([]);
  });
});
