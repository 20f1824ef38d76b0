import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../model/value.js';
import { adaptPlanJson, ofKind, planAddress, planJson } from './test-support.js';

// A storage account and its lifecycle management policy as `terraform show -json` prints them: the policy's
// storage_account_id known only after apply (linked through the configuration), unset thresholds as -1.

describe('a plan with a storage account and its policy', () => {
  it('links the policy through the configuration and reads thresholds the way plans print them', () => {
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            {
              ...planAddress('azurerm_storage_account.data'),
              values: { name: 'acmedata', account_kind: 'StorageV2' },
            },
            {
              ...planAddress('azurerm_storage_management_policy.data'),
              values: {
                rule: [
                  {
                    name: 'retention',
                    enabled: true,
                    filters: [{ blob_types: ['blockBlob'], prefix_match: [], match_blob_index_tag: [] }],
                    actions: [
                      {
                        base_blob: [
                          {
                            delete_after_days_since_modification_greater_than: 365,
                            delete_after_days_since_creation_greater_than: -1,
                            delete_after_days_since_last_access_time_greater_than: -1,
                            tier_to_cool_after_days_since_modification_greater_than: -1,
                          },
                        ],
                        snapshot: [],
                        version: [],
                      },
                    ],
                  },
                ],
              },
            },
          ],
        },
      },
      resource_changes: [
        {
          ...planAddress('azurerm_storage_account.data'),
          change: { actions: ['create'], after_unknown: { id: true } },
        },
        {
          ...planAddress('azurerm_storage_management_policy.data'),
          change: { actions: ['create'], after_unknown: { id: true, storage_account_id: true } },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            {
              ...planAddress('azurerm_storage_management_policy.data'),
              expressions: {
                storage_account_id: {
                  references: ['azurerm_storage_account.data.id', 'azurerm_storage_account.data'],
                },
              },
            },
          ],
        },
      },
    };
    const { resources, issues } = adaptPlanJson(planJson(plan));
    expect(issues).toEqual([]);
    const [account] = ofKind(resources, 'azure.storage.account');
    expect(account?.accountKind).toBe('StorageV2');
    const policy = account?.lifecyclePolicy;
    if (policy === undefined || isUnknown(policy) || isUnknown(policy.rules))
      throw new Error('expected a policy');
    expect(policy.rules[0]).toMatchObject({
      name: 'retention',
      enabled: true,
      prefixes: [],
      deletions: [{ target: 'blobs', since: 'modification', days: 365 }],
    });
  });
});
