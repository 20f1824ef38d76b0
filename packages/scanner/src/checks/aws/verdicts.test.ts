import { describe, expect, it } from 'vitest';
import type { CloudTrail, EksCluster, S3Bucket } from '../../model/aws.js';
import { unknown } from '../../model/value.js';
import type { CheckOutput, Finding } from '../check.js';
import { check as managementEvents } from './cloudtrail/aws-cloudtrail-management-events/index.js';
import { check as endpointNotPublic } from './eks/aws-eks-endpoint-not-public/index.js';
import { check as secretsEncrypted } from './eks/aws-eks-secrets-encrypted/index.js';
import { check as lifecycleExpiration } from './s3/aws-s3-lifecycle-expiration/index.js';
import { check as publicAccessBlocked } from './s3/aws-s3-public-access-blocked/index.js';

// The checks whose verdict is "some rule does it" or "every setting does": the rule that passes, fails or is in
// doubt is the one the finding names and points at, and an unresolved rule never outweighs a known one.

const later = unknown('var.status has no value');
const other = unknown('parameter KeyArn has no default');

const base = { provider: 'aws' as const, location: { file: 'main.tf', line: 1 }, attributeLines: {} };
const bucket = (fields: Partial<S3Bucket>): S3Bucket => ({
  kind: 'aws.s3.bucket',
  address: 'aws_s3_bucket.logs',
  ...base,
  ...fields,
});
const trail = (fields: Partial<CloudTrail>): CloudTrail => ({
  kind: 'aws.cloudtrail.trail',
  address: 'aws_cloudtrail.main',
  ...base,
  ...fields,
});
const cluster = (fields: Partial<EksCluster>): EksCluster => ({
  kind: 'aws.eks.cluster',
  address: 'aws_eks_cluster.main',
  ...base,
  ...fields,
});

/** The single finding a check gives for a resource. */
const one = <R>(check: { evaluate(resource: R): CheckOutput }, resource: R): Finding => {
  const out = check.evaluate(resource);
  if (out === undefined || 'length' in out)
    throw new Error(`expected one finding, got ${JSON.stringify(out)}`);
  return out;
};

describe('aws-s3-lifecycle-expiration', () => {
  it('passes on the first enabled rule that expires, even after a rule in doubt', () => {
    const finding = one(
      lifecycleExpiration,
      bucket({
        lifecycleRules: [
          { id: 'tiering', status: 'Enabled', line: 4 },
          { id: 'maybe', status: later, expiresCurrent: true, line: 9 },
          { id: 'retention', status: 'Enabled', expiresNoncurrent: true, line: 14 },
        ],
      }),
    );
    expect(finding).toMatchObject({
      status: 'pass',
      message: 'lifecycle rule retention expires objects',
      line: 14,
    });
  });

  it('names and points at the first rule in doubt when no rule surely expires', () => {
    const finding = one(
      lifecycleExpiration,
      bucket({
        lifecycleRules: [
          { id: 'off', status: 'Disabled', expiresCurrent: true, line: 4 },
          { id: 'maybe', status: later, expiresCurrent: true, line: 9 },
          { status: 'Enabled', expiresCurrent: other, line: 14 },
        ],
      }),
    );
    expect(finding).toMatchObject({
      status: 'unknown',
      message: 'whether lifecycle rule maybe expires objects cannot be determined: var.status has no value',
      line: 9,
    });
  });

  it('fails when every rule is known and none expires', () => {
    const finding = one(
      lifecycleExpiration,
      bucket({ lifecycleRules: [{ id: 'off', status: 'Disabled', expiresCurrent: true, line: 4 }] }),
    );
    expect(finding.status).toBe('fail');
  });
});

describe('aws-cloudtrail-management-events', () => {
  it('passes at the first selector that records writes, and doubts the first unresolved one otherwise', () => {
    const selectors = [
      { includeManagementEvents: false, line: 5 },
      { readWriteType: later, line: 9 },
      { readWriteType: 'WriteOnly', line: 13 },
    ];
    expect(one(managementEvents, trail({ eventSelectors: selectors }))).toMatchObject({
      status: 'pass',
      line: 13,
    });
    expect(one(managementEvents, trail({ eventSelectors: selectors.slice(0, 2) }))).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('var.status has no value'),
      line: 9,
    });
    expect(one(managementEvents, trail({ eventSelectors: selectors.slice(0, 1) }))).toMatchObject({
      status: 'fail',
      line: 5,
    });
  });
});

describe('aws-eks-secrets-encrypted', () => {
  it('passes on the entry that encrypts secrets with a key, whatever entries in doubt come first', () => {
    const finding = one(
      secretsEncrypted,
      cluster({
        encryption: [
          { resources: later, line: 3 },
          { resources: ['secrets'], keyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abc', line: 8 },
        ],
      }),
    );
    expect(finding).toMatchObject({
      status: 'pass',
      message: 'secrets are encrypted with arn:aws:kms:eu-west-1:111122223333:key/abc',
      line: 8,
    });
  });

  it('says what is in doubt: which resources, or the key of an entry that covers secrets', () => {
    expect(
      one(secretsEncrypted, cluster({ encryption: [{ resources: ['configmaps', later], line: 3 }] })),
    ).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(/^which resources are encrypted/),
      line: 3,
    });
    expect(
      one(
        secretsEncrypted,
        cluster({
          encryption: [
            { resources: ['configmaps'], keyArn: 'k', line: 3 },
            { resources: ['secrets'], keyArn: other, line: 7 },
          ],
        }),
      ),
    ).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(/^the KMS key for secrets/),
      line: 7,
    });
  });

  it('fails when every entry is known and none encrypts secrets with a key', () => {
    const finding = one(
      secretsEncrypted,
      cluster({
        encryption: [
          { resources: ['secrets'], line: 3 },
          { resources: ['configmaps'], keyArn: 'k', line: 7 },
        ],
      }),
    );
    expect(finding).toMatchObject({
      status: 'fail',
      message: 'no encryption configuration entry encrypts secrets with a KMS key',
    });
  });
});

describe('aws-eks-endpoint-not-public', () => {
  it('names the open range even after an unresolved one, and doubts only when no range is open', () => {
    expect(
      one(endpointNotPublic, cluster({ endpointPublicAccess: true, publicAccessCidrs: [later, '::/0'] })),
    ).toMatchObject({ status: 'fail', message: 'the public API server endpoint admits ::/0' });
    expect(
      one(
        endpointNotPublic,
        cluster({ endpointPublicAccess: true, publicAccessCidrs: ['10.0.0.0/8', later] }),
      ),
    ).toMatchObject({ status: 'unknown', message: expect.stringContaining('var.status has no value') });
    expect(
      one(endpointNotPublic, cluster({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] })),
    ).toMatchObject({ status: 'pass' });
  });
});

describe('aws-s3-public-access-blocked', () => {
  it('fails on every setting that is off, pointing at the first, even when another is unresolved', () => {
    const finding = one(
      publicAccessBlocked,
      bucket({
        publicAccessBlock: {
          blockPublicAcls: later,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: undefined,
        },
      }),
    );
    expect(finding).toMatchObject({
      status: 'fail',
      message:
        'public access is not fully blocked: block public policy, restrict public buckets are off or not set',
      attribute: 'publicAccessBlock.blockPublicPolicy',
    });
  });

  it('names the first unresolved setting when none is off', () => {
    const finding = one(
      publicAccessBlocked,
      bucket({
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: later,
          blockPublicPolicy: other,
          restrictPublicBuckets: true,
        },
      }),
    );
    expect(finding).toMatchObject({
      status: 'unknown',
      message: 'the ignore public ACLs setting cannot be determined: var.status has no value',
      attribute: 'publicAccessBlock.ignorePublicAcls',
    });
  });
});
