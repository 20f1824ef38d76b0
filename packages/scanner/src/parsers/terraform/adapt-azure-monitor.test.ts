import { describe, expect, it } from 'vitest';
import { isUnknown, Unknown } from '../../model/value.js';
import { adaptDiagnosticSetting, adaptLogProfile } from './adapt-azure-monitor.js';
import { adaptWithContext, tfResourceBuilder } from './test-support.js';
import { type TfObject, TfReference, type TfResource } from './tf-resource.js';

const res = tfResourceBuilder();

const subscription = res('data.azurerm_subscription.current');

const setting = (values: TfObject, others: TfResource[] = [], lines: Record<string, number> = {}) =>
  adaptWithContext(adaptDiagnosticSetting, res('azurerm_monitor_diagnostic_setting.s', values, lines), [
    subscription,
    ...others,
  ]);

describe('diagnostic settings', () => {
  it('recognizes a subscription target: the data source id or a literal subscription path', () => {
    expect(
      setting({ target_resource_id: new TfReference(subscription.address, 'id') }).targetsSubscription,
    ).toBe(true);
    expect(
      setting({ target_resource_id: '/subscriptions/00000000-0000-0000-0000-000000000000' })
        .targetsSubscription,
    ).toBe(true);
    expect(
      setting({
        target_resource_id: '/subscriptions/0000/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/kv',
      }).targetsSubscription,
    ).toBe(false);
    const vault = res('azurerm_key_vault.kv');
    expect(
      setting({ target_resource_id: new TfReference('azurerm_key_vault.kv', 'id') }, [vault])
        .targetsSubscription,
    ).toBe(false);
  });

  it('says when the target cannot be told', () => {
    const later = new Unknown('var.target has no value');
    expect(setting({ target_resource_id: later }).targetsSubscription).toBe(later);
    const undeclared = setting({
      target_resource_id: new TfReference('data.azurerm_subscription.other', 'id'),
    });
    expect(isUnknown(undeclared.targetsSubscription)).toBe(true);
    expect(isUnknown(setting({}).targetsSubscription)).toBe(true);
  });

  it('reads enabled_log and v3 log blocks, with their lines', () => {
    const s = setting(
      {
        target_resource_id: '/subscriptions/0000',
        enabled_log: [{ category: 'Administrative' }, { category_group: 'allLogs' }],
        log: [{ category: 'Security', enabled: false }],
      },
      [],
      { enabled_log: 4, 'enabled_log.0': 5, 'enabled_log.1': 8, 'log.0': 11 },
    );
    expect(s.logs).toEqual([
      { category: 'Administrative', categoryGroup: undefined, enabled: undefined, line: 5 },
      { category: undefined, categoryGroup: 'allLogs', enabled: undefined, line: 8 },
      { category: 'Security', categoryGroup: undefined, enabled: false, line: 11 },
    ]);
    expect(s.attributeLines).toEqual({ logs: 4 });
  });

  it('keeps log blocks that cannot be resolved unknown', () => {
    const dynamic = new Unknown('for_each over var.categories');
    expect(setting({ target_resource_id: '/subscriptions/0000', enabled_log: dynamic }).logs).toBe(dynamic);
    const [odd] = setting({ target_resource_id: '/subscriptions/0000', enabled_log: ['Administrative'] })
      .logs as [{ category: unknown }];
    expect(isUnknown(odd.category)).toBe(true);
  });
});

describe('log profiles', () => {
  it('reads the categories', () => {
    expect(
      adaptLogProfile(res('azurerm_monitor_log_profile.p', { categories: ['Write', 'Delete'] })),
    ).toMatchObject({
      kind: 'azure.monitor.log-profile',
      provider: 'azure',
      categories: ['Write', 'Delete'],
    });
    expect(adaptLogProfile(res('azurerm_monitor_log_profile.p')).categories).toBeUndefined();
    expect(
      isUnknown(adaptLogProfile(res('azurerm_monitor_log_profile.p', { categories: 'Write' })).categories),
    ).toBe(true);
  });
});
