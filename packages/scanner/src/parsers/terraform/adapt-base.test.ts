import { describe, expect, it } from 'vitest';
import { nameList } from '../../model/name-list.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import { addressesOf, type CompanionLink, companionOf, resourceBase, splitCompanions } from './adapt-base.js';
import { reasonOf, tfRef, tfResourceBuilder } from './test-support.js';
import type { TfResource } from './tf-resource.js';
import { get } from './tf-values.js';

const res = tfResourceBuilder({ line: 3 });

describe('resourceBase', () => {
  it('carries the provider, kind, address and location, and maps Terraform lines to model paths', () => {
    const r = res('google_storage_bucket.data', {}, { uniform_bucket_level_access: 7 });
    expect(
      resourceBase('gcp', r, 'gcp.storage.bucket', {
        uniform_bucket_level_access: 'uniformBucketLevelAccess',
      }),
    ).toEqual({
      kind: 'gcp.storage.bucket',
      provider: 'gcp',
      address: 'google_storage_bucket.data',
      location: { file: 'main.tf', line: 3 },
      attributeLines: { uniformBucketLevelAccess: 7 },
    });
  });

  it('serves every provider the same way, leaving out paths without a line', () => {
    const aws = res('aws_s3_bucket.logs', {}, { versioning: 5, 'versioning.0.enabled': 6 });
    expect(
      resourceBase('aws', aws, 'aws.s3.bucket', {
        'versioning.0.enabled': 'versioning',
        versioning: 'versioning',
        policy: 'policy',
      }),
    ).toMatchObject({ provider: 'aws', kind: 'aws.s3.bucket', attributeLines: { versioning: 6 } });
    const azure = res('azurerm_key_vault.main');
    expect(resourceBase('azure', azure, 'azure.keyvault.vault')).toEqual({
      kind: 'azure.keyvault.vault',
      provider: 'azure',
      address: 'azurerm_key_vault.main',
      location: { file: 'main.tf', line: 3 },
      attributeLines: {},
    });
  });
});

describe('companionOf', () => {
  const link: CompanionLink = {
    type: 'aws_s3_bucket_versioning',
    key: 'bucket',
    targetKeys: ['bucket', 'id'],
    does: 'configure this bucket',
  };
  const bucket = res('aws_s3_bucket.logs', { bucket: 'acme-logs' });
  const other = res('aws_s3_bucket.other', { bucket: 'acme-other' });
  const versioning = (name: string, target: unknown) =>
    res(`aws_s3_bucket_versioning.${name}`, { bucket: target as TfResource['values'][string] });
  const find = (target: TfResource, ...all: TfResource[]) =>
    companionOf(new TfContext([bucket, other, ...all]), target, link);

  it('finds the one companion that names the resource, by reference or by a literal key', () => {
    const byRef = versioning('a', tfRef('aws_s3_bucket.logs'));
    const byName = versioning('b', 'acme-other');
    expect(find(bucket, byRef, byName)).toBe(byRef);
    expect(find(other, byRef, byName)).toBe(byName);
  });

  it('is undefined when no companion names the resource, or none of the type exists', () => {
    expect(find(bucket)).toBeUndefined();
    expect(find(bucket, versioning('a', tfRef('aws_s3_bucket.other')))).toBeUndefined();
    const wrongType = res('aws_s3_bucket_policy.p', { bucket: tfRef('aws_s3_bucket.logs') });
    expect(find(bucket, wrongType)).toBeUndefined();
  });

  it('is unknown when two companions name the same resource, naming both', () => {
    const found = find(bucket, versioning('a', tfRef('aws_s3_bucket.logs')), versioning('b', 'acme-logs'));
    expect(reasonOf(found)).toBe(
      'aws_s3_bucket_versioning.a and aws_s3_bucket_versioning.b all configure this bucket; the last one applied wins',
    );
  });

  it('is unknown when none names the resource for sure but one may, with the first such reason', () => {
    const later = new Unknown('var.bucket has no value');
    const found = find(bucket, versioning('a', later), versioning('b', new Unknown('another reason')));
    expect(reasonOf(found)).toBe(
      'aws_s3_bucket_versioning.a may configure this bucket: var.bucket has no value',
    );
  });

  it('prefers the companion that names the resource for sure over one that may', () => {
    const sure = versioning('sure', tfRef('aws_s3_bucket.logs'));
    const found = find(bucket, versioning('maybe', new Unknown('var.bucket has no value')), sure);
    expect(found).toBe(sure);
  });

  it("compares a literal with the target's `id` unless told otherwise", () => {
    const account = res('azurerm_storage_account.main', { id: '/subscriptions/s/accounts/main' });
    const rules = res('azurerm_storage_account_network_rules.main', {
      storage_account_id: '/subscriptions/s/accounts/main',
    });
    const found = companionOf(new TfContext([account, rules]), account, {
      type: 'azurerm_storage_account_network_rules',
      key: 'storage_account_id',
      does: "set this account's network rules",
    });
    expect(isUnknown(found)).toBe(false);
    expect(found).toBe(rules);
  });
});

describe('companion lookups from the index', () => {
  /** What asking refersTo of every companion in turn gives: the definition the index must keep to. */
  const byDefinition = (ctx: TfContext, target: TfResource, keys: readonly string[]) => {
    const linked: string[] = [];
    const maybe: { address: string; reason: string }[] = [];
    for (const c of ctx.ofType('aws_s3_bucket_versioning')) {
      const refers = ctx.refersTo(get(c.values, 'bucket'), target, keys);
      if (refers === true) linked.push(c.address);
      else if (isUnknown(refers)) maybe.push({ address: c.address, reason: refers.reason });
    }
    return { linked, maybe };
  };

  it('gives the same companions, in the same order and with the same reasons, as refersTo one by one', () => {
    let seed = 27017;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const keys = ['bucket', 'id'];
    const does = 'version this bucket';
    const seen = { linked: 0, maybe: 0, several: 0 };
    for (let round = 0; round < 60; round++) {
      const buckets = Array.from({ length: 1 + next(5) }, (_, i) => {
        const name = [`b${i}`, `b${next(3)}`, new Unknown(`var.name${i} has no value`), undefined][next(4)];
        return res(
          `aws_s3_bucket.b${i}${next(4) === 0 ? '[0]' : ''}`,
          name === undefined ? {} : { bucket: name },
        );
      });
      const data = res('data.aws_s3_bucket.shared', { bucket: `b${next(3)}` });
      const values = () =>
        [
          tfRef(buckets[next(buckets.length)]?.address ?? 'aws_s3_bucket.none'),
          tfRef('aws_s3_bucket.missing'),
          tfRef('aws_s3_bucket.b0'),
          tfRef('data.aws_s3_bucket.shared', 'bucket'),
          `b${next(4)}`,
          new Unknown('var.bucket has no value'),
          undefined,
        ][next(7)];
      const companions = Array.from({ length: next(6) }, (_, i) => {
        const v = values();
        return res(
          `aws_s3_bucket_versioning.v${i}`,
          v === undefined ? {} : { bucket: v as TfResource['values'][string] },
        );
      });
      const ctx = new TfContext([...buckets, { ...data, mode: 'data' }, ...companions]);
      const link = { type: 'aws_s3_bucket_versioning', key: 'bucket', targetKeys: keys };
      for (const target of buckets) {
        const expected = byDefinition(ctx, target, keys);
        const split = splitCompanions(ctx, target, link);
        expect({ linked: addressesOf(split.sure), maybe: addressesOf(split.maybe) }).toEqual({
          linked: expected.linked,
          maybe: expected.maybe.map((m) => m.address),
        });
        // companionOf: the one that names it, several, or the first that may, with why.
        const [doubt] = expected.maybe;
        const answer = companionOf(ctx, target, { ...link, does });
        expect(isUnknown(answer) ? answer.reason : answer?.address).toEqual(
          expected.linked.length === 1
            ? expected.linked[0]
            : expected.linked.length > 1
              ? `${nameList(expected.linked)} all ${does}; the last one applied wins`
              : doubt && `${doubt.address} may ${does}: ${doubt.reason}`,
        );
        if (expected.linked.length) seen.linked++;
        if (expected.linked.length > 1) seen.several++;
        if (expected.maybe.length) seen.maybe++;
      }
    }
    // The rounds reach every case: named for sure, by several, and may be named.
    expect(Math.min(seen.linked, seen.maybe, seen.several)).toBeGreaterThan(5);
  });
});
