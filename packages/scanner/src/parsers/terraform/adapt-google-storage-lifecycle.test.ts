import { describe, expect, it } from 'vitest';
import type { StorageBucket } from '../../model/gcp.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { adaptStorageBucket } from './adapt-google-services.js';
import { storageLifecycleRules } from './adapt-google-storage-lifecycle.js';
import { adaptTerraform } from './adapt-terraform.js';
import { loadFolder, tfResource, writeTempTree } from './test-support.js';
import type { TfObject, TfResource } from './tf-resource.js';

const res = (values: TfObject, attributeLines: Record<string, number> = {}): TfResource =>
  tfResource('google_storage_bucket.data', values, { line: 3, attributeLines });

/** Loads one main.tf the way `nimbus scan` loads a folder, and adapts it. */
const scanHcl = async (text: string) => {
  const loaded = await loadFolder(writeTempTree({ 'main.tf': text }, 'nimbus-gcs-'));
  return adaptTerraform(loaded.resources);
};

describe('lifecycle rules of google_storage_bucket', () => {
  it('reads the action type, age and object state of each rule, with the line of its action type', () => {
    const rules = storageLifecycleRules(
      res(
        {
          lifecycle_rule: [
            { condition: [{ age: 30 }], action: [{ type: 'SetStorageClass', storage_class: 'NEARLINE' }] },
            {
              condition: [{ with_state: 'archived', num_newer_versions: 3 }],
              action: [{ type: ' Delete ' }],
            },
          ],
        },
        {
          lifecycle_rule: 5,
          'lifecycle_rule.0': 5,
          'lifecycle_rule.1': 12,
          'lifecycle_rule.1.action.0.type': 16,
        },
      ),
    );
    expect(rules).toEqual([
      { actionType: 'SetStorageClass', ageDays: 30, withState: undefined, line: 5 },
      { actionType: 'Delete', ageDays: undefined, withState: 'ARCHIVED', line: 16 },
    ]);
  });

  it('gives an empty list when the bucket declares no rule, and maps the rules to the bucket', () => {
    expect(adaptStorageBucket(res({})).lifecycleRules).toEqual([]);
    const bucket = adaptStorageBucket(
      res(
        { lifecycle_rule: [{ condition: [{ age: 1 }], action: [{ type: 'Delete' }] }] },
        { lifecycle_rule: 7 },
      ),
    );
    expect(bucket.attributeLines).toMatchObject({ lifecycleRules: 7 });
    expect(bucket.lifecycleRules).toEqual([
      { actionType: 'Delete', ageDays: 1, withState: undefined, line: 7 },
    ]);
  });

  it('keeps what cannot be resolved Unknown: the rule list, one rule, an action type', () => {
    const dynamic = new Unknown('dynamic block over var.rules');
    expect(storageLifecycleRules(res({ lifecycle_rule: dynamic }))).toBe(dynamic);
    const later = new Unknown('var.action has no value');
    const rules = storageLifecycleRules(
      res({ lifecycle_rule: [dynamic, { condition: [{ age: later }], action: [{ type: later }] }] }),
    );
    expect(rules).toEqual([
      { actionType: dynamic, line: 3 },
      { actionType: later, ageDays: later, withState: undefined, line: 3 },
    ]);
  });

  it('says what is missing when a rule has no action or no type, which the provider requires', () => {
    const rules = storageLifecycleRules(
      res({ lifecycle_rule: [{ condition: [{ age: 3 }] }, { condition: [{}], action: [{}] }] }),
    );
    if (isUnknown(rules)) throw new Error('expected rules');
    expect(rules.map((r) => (r.actionType instanceof Unknown ? r.actionType.reason : r.actionType))).toEqual([
      'lifecycle_rule.0 has no action block, which the provider requires',
      'lifecycle_rule.1 sets no action type, which the provider requires',
    ]);
  });

  it('adapts values of the wrong shape without throwing', () => {
    const rules = storageLifecycleRules(
      res({
        lifecycle_rule: [42, { condition: 'old', action: [{ type: ['Delete'] }] }] as unknown as TfObject[],
      }),
    );
    if (isUnknown(rules)) throw new Error('expected rules');
    expect(rules.every((r) => isUnknown(r.actionType))).toBe(true);
    expect(isUnknown(rules[1]?.ageDays)).toBe(true);
    const single = storageLifecycleRules(res({ lifecycle_rule: 'Delete' }));
    if (isUnknown(single)) throw new Error('expected rules');
    expect(single.map((r) => isUnknown(r.actionType))).toEqual([true]);
  });

  it('reads rules from HCL with their lines, and a dynamic block over an unset variable as Unknown', async () => {
    const { resources, issues } = await scanHcl(
      [
        'variable "rules" { type = list(number) }',
        '',
        'resource "google_storage_bucket" "exports" {',
        '  name     = "acme-exports"',
        '  location = "EU"',
        '  lifecycle_rule {',
        '    condition {',
        '      age = 400',
        '    }',
        '    action {',
        '      type = "Delete"',
        '    }',
        '  }',
        '}',
        '',
        'resource "google_storage_bucket" "dynamic" {',
        '  name     = "acme-dynamic"',
        '  location = "EU"',
        '  dynamic "lifecycle_rule" {',
        '    for_each = var.rules',
        '    content {',
        '      condition {',
        '        age = lifecycle_rule.value',
        '      }',
        '      action {',
        '        type = "Delete"',
        '      }',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    const byName = (name: string) =>
      (resources as StorageBucket[]).find((r) => r.address === `google_storage_bucket.${name}`);
    const exports = byName('exports');
    const dynamic = byName('dynamic');
    expect(exports?.lifecycleRules).toEqual([
      { actionType: 'Delete', ageDays: 400, withState: undefined, line: 11 },
    ]);
    expect(isUnknown(dynamic?.lifecycleRules)).toBe(true);
  });
});
