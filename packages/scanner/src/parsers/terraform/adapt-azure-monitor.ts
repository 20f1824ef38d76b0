import type { DiagnosticLog, DiagnosticSetting, LogProfile } from '../../model/azure.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { resourceBase } from './adapt-base.js';
import { TfReference, type TfResource, type TfValue } from './tf-resource.js';
import { asString, blocks, bool, get, str, strList } from './tf-values.js';

// Diagnostic settings (azurerm_monitor_diagnostic_setting) and the legacy log profiles
// (azurerm_monitor_log_profile) that export a subscription's activity log.

const SUBSCRIPTION_ID = /^\/subscriptions\/[^/]+\/?$/i;

/**
 * Whether a target_resource_id names a subscription: a literal `/subscriptions/<id>`, or the `id` of an
 * azurerm_subscription data source (the managed azurerm_subscription's `id` is that of its alias instead).
 */
const isSubscription = (value: TfValue | undefined, ctx: TfContext): Attr<boolean> => {
  if (value === undefined) return unknown('the setting names no target_resource_id');
  if (value instanceof TfReference) {
    const target = ctx.lookup(value.address);
    if (target === undefined) return unknown(`${value.address} is not declared in the scanned configuration`);
    if (isUnknown(target)) return target;
    return target.type === 'azurerm_subscription' && target.mode === 'data' && value.attribute === 'id';
  }
  const text = asString(value);
  if (text === undefined) return unknown('the setting names no target_resource_id');
  return isUnknown(text) ? text : SUBSCRIPTION_ID.test(text);
};

/** `enabled_log` blocks (azurerm v3.39 and later) and `log` blocks (before v4), in that order. */
const logsOf = (r: TfResource): Attr<readonly DiagnosticLog[]> => {
  const logs: DiagnosticLog[] = [];
  for (const key of ['enabled_log', 'log'] as const) {
    const found = blocks(r.values, key);
    if (isUnknown(found)) return found;
    found.forEach((b, i) => {
      const line = partLine(r, `${key}.${i}`);
      if (isUnknown(b)) logs.push({ category: b, line });
      else {
        logs.push({
          category: str(b, 'category'),
          categoryGroup: str(b, 'category_group'),
          enabled: key === 'log' ? bool(b, 'enabled') : undefined,
          line,
        });
      }
    });
  }
  return logs;
};

export const adaptDiagnosticSetting = (r: TfResource, ctx: TfContext): DiagnosticSetting => ({
  ...resourceBase('azure', r, 'azure.monitor.diagnostic-setting', {
    target_resource_id: 'targetsSubscription',
    enabled_log: 'logs',
    log: 'logs',
  }),
  targetsSubscription: isSubscription(get(r.values, 'target_resource_id'), ctx),
  logs: logsOf(r),
});

export const adaptLogProfile = (r: TfResource): LogProfile => ({
  ...resourceBase('azure', r, 'azure.monitor.log-profile', { categories: 'categories' }),
  categories: strList(r.values, 'categories'),
});
