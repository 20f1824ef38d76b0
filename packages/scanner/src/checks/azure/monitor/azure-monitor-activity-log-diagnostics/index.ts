import {
  type Attr,
  anyOf,
  type DiagnosticLog,
  type DiagnosticSetting,
  defineCheck,
  type Finding,
  fail,
  firstUnknown,
  isUnknown,
  type LogProfile,
  pass,
  unresolved,
} from '../../kit.js';

/** Categories that only a subscription's activity log has: naming one shows the setting targets a subscription. */
const ACTIVITY_ONLY = ['administrative', 'servicehealth', 'resourcehealth', 'recommendation'];

/** The log profile categories that together cover the administrative operations. */
const PROFILE_CATEGORIES = ['Write', 'Delete', 'Action'];

/** Whether an entry routes the Administrative category: by name, or through the `allLogs` group. */
const routesAdministrative = (log: DiagnosticLog): Attr<boolean> => {
  const names = anyOf(
    [log.category, log.categoryGroup],
    (v) => v !== undefined && ['administrative', 'alllogs'].includes(v.toLowerCase()),
  ).value;
  if (names === false || log.enabled === false) return false;
  return isUnknown(log.enabled) ? log.enabled : names;
};

const judgeSetting = (setting: DiagnosticSetting): Finding | undefined => {
  const { logs, targetsSubscription: target } = setting;
  if (target === false) return undefined;
  if (isUnknown(logs)) return target === true ? unresolved('the routed log categories', logs) : undefined;
  const activity = logs.some(
    (l) => typeof l.category === 'string' && ACTIVITY_ONLY.includes(l.category.toLowerCase()),
  );
  // A target that cannot be resolved is judged only when the categories show it is a subscription.
  if (isUnknown(target) && !activity) return undefined;
  const routed = anyOf(logs, routesAdministrative);
  if (routed.value === true)
    return pass('the subscription activity log exports the Administrative category', {
      line: routed.item.line,
    });
  if (routed.value !== false)
    return unresolved('whether the Administrative category is exported', routed.value, {
      line: routed.item.line,
    });
  return fail('the subscription activity log setting does not export the Administrative category', {
    attribute: 'logs',
  });
};

const judgeProfile = (profile: LogProfile): Finding => {
  const extra = { attribute: 'categories' };
  const categories = profile.categories;
  if (categories === undefined) return fail('the log profile names no category', extra);
  if (isUnknown(categories)) return unresolved('the exported categories', categories, extra);
  const known = categories.filter((c): c is string => !isUnknown(c)).map((c) => c.toLowerCase());
  const missing = PROFILE_CATEGORIES.filter((c) => !known.includes(c.toLowerCase()));
  if (missing.length === 0) return pass('the log profile exports Write, Delete and Action events', extra);
  const doubt = firstUnknown(...categories);
  return doubt
    ? unresolved(`whether the log profile exports ${missing.join(' and ')}`, doubt, extra)
    : fail(`the log profile does not export ${missing.join(' and ')} events`, extra);
};

export const check = defineCheck(import.meta.url, {
  id: 'azure-monitor-activity-log-diagnostics',
  title: 'The subscription activity log exports administrative events',
  description:
    'Looks at diagnostic settings that target a subscription (a literal /subscriptions/<id>, an ' +
    'azurerm_subscription data source, or a setting that names activity-log-only categories) and at legacy log ' +
    'profiles. A setting passes when an enabled log entry routes the Administrative category or the allLogs group; ' +
    'a log profile passes when it exports Write, Delete and Action. Settings on other resources are left out.',
  rationale:
    'The activity log is the record of every create, change and delete on the subscription and who made it, but ' +
    'Azure keeps it for 90 days only and inside the same subscription. Exporting it to a workspace or storage ' +
    'account the administrators cannot quietly change makes administrative operations reviewable and monitorable.',
  severity: 'medium',
  provider: 'azure',
  service: 'monitor',
  resourceKinds: ['azure.monitor.diagnostic-setting', 'azure.monitor.log-profile'],
  remediation: {
    summary:
      'Add a diagnostic setting on the subscription that sends at least the Administrative and Security categories to a Log Analytics workspace or a storage account.',
    terraform:
      'data "azurerm_subscription" "current" {}\n\nresource "azurerm_monitor_diagnostic_setting" "activity_log" {\n  name                       = "activity-log"\n  target_resource_id         = data.azurerm_subscription.current.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.audit.id\n\n  enabled_log {\n    category = "Administrative"\n  }\n  enabled_log {\n    category = "Security"\n  }\n}',
    cli: 'az monitor diagnostic-settings subscription create --name activity-log --location westeurope --workspace /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme/providers/Microsoft.OperationalInsights/workspaces/audit --logs \'[{"category":"Administrative","enabled":true}]\'',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting',
  ],
  evaluate: (resource) =>
    resource.kind === 'azure.monitor.log-profile' ? judgeProfile(resource) : judgeSetting(resource),
});
