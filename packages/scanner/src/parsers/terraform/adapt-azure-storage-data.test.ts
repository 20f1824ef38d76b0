import { describe, expect, it } from 'vitest';
import type { LifecycleManagementPolicy, StorageAccount } from '../../model/azure.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import { AZURE_TF_TYPES } from './adapt-azure.js';
import { adaptStorageAccount } from './adapt-azure-services.js';
import { blobRetention, lifecyclePolicy, MANAGEMENT_POLICY_TYPE } from './adapt-azure-storage-data.js';
import { adaptTerraform } from './adapt-terraform.js';
import { adaptWithContext, reasonOf, tfResource, tfResourceBuilder } from './test-support.js';
import { type TfObject, TfReference, type TfResource } from './tf-resource.js';

const res = tfResourceBuilder({ line: 2 });

const ACCOUNT = res('azurerm_storage_account.data', { name: 'acmedata' });
const ref = new TfReference('azurerm_storage_account.data', 'id');

const policyOf = (...policies: TfResource[]) => adaptWithContext(lifecyclePolicy, ACCOUNT, policies);

const known = (policy: ReturnType<typeof policyOf>): LifecycleManagementPolicy => {
  if (policy === undefined || isUnknown(policy)) throw new Error(`expected a policy, got ${String(policy)}`);
  return policy;
};

describe('blob and container soft delete', () => {
  const account = (blobProperties: TfObject[] | Unknown | undefined) =>
    res('azurerm_storage_account.x', blobProperties === undefined ? {} : { blob_properties: blobProperties });

  it('reads both retention policies; an empty block keeps the default days', () => {
    const a = account([
      {
        delete_retention_policy: [{ days: 30, permanent_delete_enabled: false }],
        container_delete_retention_policy: [{}],
      },
    ]);
    expect(blobRetention(a, 'delete_retention_policy')).toEqual({ days: 30, permanentDelete: false });
    expect(blobRetention(a, 'container_delete_retention_policy')).toEqual({
      days: undefined,
      permanentDelete: undefined,
    });
  });

  it('gives undefined when the policy or blob_properties is not declared (soft delete off)', () => {
    expect(blobRetention(account(undefined), 'delete_retention_policy')).toBeUndefined();
    expect(
      blobRetention(account([{ versioning_enabled: true }]), 'container_delete_retention_policy'),
    ).toBeUndefined();
    // Plans print an undeclared nested block as an empty list.
    expect(
      blobRetention(account([{ delete_retention_policy: [] }]), 'delete_retention_policy'),
    ).toBeUndefined();
  });

  it('keeps unresolved blocks and values Unknown, and explains values of the wrong shape', () => {
    const later = new Unknown('blob_properties is known only after apply');
    expect(blobRetention(account(later), 'delete_retention_policy')).toBe(later);
    const odd = blobRetention(
      account([{ delete_retention_policy: [{ days: 'a week' }] }]),
      'delete_retention_policy',
    );
    expect(reasonOf(odd !== undefined && !isUnknown(odd) ? odd.days : undefined)).toBe(
      'expected a number, found "a week"',
    );
    expect(
      isUnknown(
        blobRetention(
          account([{ container_delete_retention_policy: 7 } as TfObject]),
          'container_delete_retention_policy',
        ),
      ),
    ).toBe(true);
  });

  it('puts the account kind and the soft-delete lines on the storage account', () => {
    const a = adaptStorageAccount(
      res(
        'azurerm_storage_account.y',
        { account_kind: 'BlockBlobStorage', blob_properties: [{ delete_retention_policy: [{ days: 9 }] }] },
        {
          account_kind: 3,
          blob_properties: 6,
          'blob_properties.0.delete_retention_policy': 7,
          'blob_properties.0.delete_retention_policy.0.days': 8,
        },
      ),
      new TfContext([]),
    );
    expect(a).toMatchObject({
      accountKind: 'BlockBlobStorage',
      blobSoftDelete: { days: 9 },
      containerSoftDelete: undefined,
      lifecyclePolicy: undefined,
      attributeLines: {
        accountKind: 3,
        blobSoftDelete: 7,
        'blobSoftDelete.days': 8,
      },
    });
    expect(a.attributeLines.containerSoftDelete).toBeUndefined();
  });
});

describe('lifecycle management policies', () => {
  it('links the policy that names the account, with each rule, its deletions and its line', () => {
    const policy = known(
      policyOf(
        res(
          'azurerm_storage_management_policy.data',
          {
            storage_account_id: ref,
            rule: [
              {
                name: 'tiering',
                enabled: true,
                filters: [{ blob_types: ['blockBlob'] }],
                actions: [{ base_blob: [{ tier_to_cool_after_days_since_modification_greater_than: 30 }] }],
              },
              {
                name: 'retention',
                enabled: true,
                filters: [{ blob_types: ['blockBlob'], prefix_match: ['exports/'] }],
                actions: [
                  {
                    base_blob: [{ delete_after_days_since_last_access_time_greater_than: 180 }],
                    snapshot: [{ delete_after_days_since_creation_greater_than: 0 }],
                    version: [{ delete_after_days_since_creation: 90 }],
                  },
                ],
              },
            ],
          },
          { rule: 4, 'rule.0': 4, 'rule.1': 12 },
        ),
      ),
    );
    expect(policy).toEqual({
      address: 'azurerm_storage_management_policy.data',
      rules: [
        { name: 'tiering', enabled: true, prefixes: undefined, deletions: [], line: 4 },
        {
          name: 'retention',
          enabled: true,
          prefixes: ['exports/'],
          deletions: [
            { target: 'blobs', since: 'last access', days: 180 },
            { target: 'snapshots', since: 'creation', days: 0 },
            { target: 'versions', since: 'creation', days: 90 },
          ],
          line: 12,
        },
      ],
    });
  });

  it('leaves out thresholds a plan prints as -1 (not set), and keeps unresolved days', () => {
    const later = new Unknown('var.days has no value');
    const policy = known(
      policyOf(
        res('azurerm_storage_management_policy.data', {
          storage_account_id: ref,
          rule: [
            {
              name: 'r',
              enabled: true,
              actions: [
                {
                  base_blob: [
                    {
                      delete_after_days_since_modification_greater_than: -1,
                      delete_after_days_since_creation_greater_than: later,
                    },
                  ],
                  snapshot: [],
                },
              ],
            },
          ],
        }),
      ),
    );
    expect(isUnknown(policy.rules) ? [] : policy.rules[0]?.deletions).toEqual([
      { target: 'blobs', since: 'creation', days: later },
    ]);
  });

  it('says when the account has no policy, may have one, or has two', () => {
    expect(policyOf()).toBeUndefined();
    expect(
      policyOf(
        res('azurerm_storage_account.other'),
        res('azurerm_storage_management_policy.other', {
          storage_account_id: new TfReference('azurerm_storage_account.other', 'id'),
        }),
      ),
    ).toBeUndefined();
    const maybe = policyOf(
      res('azurerm_storage_management_policy.shared', {
        storage_account_id:
          '/subscriptions/0/resourceGroups/acme/providers/Microsoft.Storage/storageAccounts/acmedata',
      }),
    );
    expect(reasonOf(maybe)).toMatch(
      /^azurerm_storage_management_policy\.shared may set this account's lifecycle policy: /,
    );
    const two = policyOf(
      res('azurerm_storage_management_policy.a', { storage_account_id: ref }),
      res('azurerm_storage_management_policy.b', { storage_account_id: ref }),
    );
    expect(reasonOf(two)).toBe(
      "azurerm_storage_management_policy.a and azurerm_storage_management_policy.b all set this account's lifecycle policy; the last one applied wins",
    );
  });

  it('keeps what cannot be resolved Unknown: the rules, a rule, its actions, a missing enabled', () => {
    const dynamic = new Unknown('dynamic block over var.rules');
    expect(
      known(policyOf(res('azurerm_storage_management_policy.d', { storage_account_id: ref, rule: dynamic })))
        .rules,
    ).toBe(dynamic);
    const policy = known(
      policyOf(
        res('azurerm_storage_management_policy.d', {
          storage_account_id: ref,
          rule: [dynamic, { name: 'no-flag', actions: dynamic }],
        }),
      ),
    );
    if (isUnknown(policy.rules)) throw new Error('expected rules');
    const [first, second] = policy.rules;
    expect(first).toEqual({ enabled: dynamic, deletions: dynamic, line: 2 });
    expect(reasonOf(second?.enabled)).toBe(
      'rule 2 does not say whether it is enabled (the provider requires it)',
    );
    expect(second?.deletions).toBe(dynamic);
  });

  it("points rules of a policy in another file at the account's line", () => {
    const policy = known(
      policyOf(
        tfResource(
          'azurerm_storage_management_policy.p',
          { storage_account_id: ref, rule: [{ enabled: false }] },
          { file: 'policies.tf', line: 2, attributeLines: { 'rule.0': 9 } },
        ),
      ),
    );
    expect(isUnknown(policy.rules) ? undefined : policy.rules[0]).toEqual({
      name: undefined,
      enabled: false,
      prefixes: undefined,
      deletions: [],
      line: 2,
    });
  });

  it('adapts values of the wrong shape without throwing', () => {
    const policy = known(
      policyOf(
        res('azurerm_storage_management_policy.odd', {
          storage_account_id: ref,
          rule: [
            {
              enabled: 'yes',
              filters: 'all',
              actions: [{ base_blob: 'delete', version: [{ delete_after_days_since_creation: 'soon' }] }],
            },
          ],
        }),
      ),
    );
    if (isUnknown(policy.rules)) throw new Error('expected rules');
    const [rule] = policy.rules;
    expect(reasonOf(rule?.enabled)).toBe('expected true or false, found "yes"');
    expect(isUnknown(rule?.prefixes)).toBe(true);
    expect(reasonOf(rule?.deletions)).toBe('base_blob: expected a block, found "delete"');
    const numbered = known(
      policyOf(res('azurerm_storage_management_policy.x', { storage_account_id: ref, rule: 3 })),
    );
    expect(isUnknown(numbered.rules) ? undefined : numbered.rules.map((r) => reasonOf(r.enabled))).toEqual([
      'rule: expected a block, found 3',
    ]);
  });

  it('reads the policy as a companion only: no resource of its own, its type among the supported ones', () => {
    const { resources } = adaptTerraform([
      ACCOUNT,
      res('azurerm_storage_management_policy.data', { storage_account_id: ref, rule: [] }),
    ]);
    expect(resources.map((r) => r.kind)).toEqual(['azure.storage.account']);
    expect((resources[0] as StorageAccount).lifecyclePolicy).toEqual({
      address: 'azurerm_storage_management_policy.data',
      rules: [],
    });
    expect(AZURE_TF_TYPES).toContain(MANAGEMENT_POLICY_TYPE);
  });
});
