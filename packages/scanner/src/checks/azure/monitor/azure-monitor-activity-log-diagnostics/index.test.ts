import { describe, expect, it } from 'vitest';
import type { DiagnosticLog, DiagnosticSetting, LogProfile } from '../../../../model/azure.js';
import { unknown } from '../../../../model/value.js';
import type { Finding } from '../../../check.js';
import { check } from './index.js';

const later = unknown('var.category has no value');

const setting = (logs: DiagnosticSetting['logs']): DiagnosticSetting => ({
  kind: 'azure.monitor.diagnostic-setting',
  provider: 'azure',
  address: 'azurerm_monitor_diagnostic_setting.activity',
  location: { file: 'monitor.tf', line: 1 },
  attributeLines: {},
  targetsSubscription: true,
  logs,
});

const profile = (categories: LogProfile['categories']): LogProfile => ({
  kind: 'azure.monitor.log-profile',
  provider: 'azure',
  address: 'azurerm_monitor_log_profile.legacy',
  location: { file: 'monitor.tf', line: 20 },
  attributeLines: {},
  categories,
});

const log = (line: number, fields: Partial<DiagnosticLog>): DiagnosticLog => ({ line, ...fields });

const one = (out: Finding | readonly Finding[] | undefined): Finding | undefined =>
  Array.isArray(out) ? undefined : (out as Finding | undefined);

describe('azure-monitor-activity-log-diagnostics', () => {
  it('passes at the entry that routes Administrative or allLogs, whatever entries in doubt come first', () => {
    const logs = [
      log(4, { category: later }),
      log(7, { category: 'Security' }),
      log(10, { categoryGroup: 'allLogs' }),
    ];
    expect(one(check.evaluate(setting(logs)))).toMatchObject({ status: 'pass', line: 10 });
  });

  it('points at the first entry in doubt when none surely routes Administrative', () => {
    const logs = [
      log(4, { category: 'Security' }),
      log(7, { category: 'Administrative', enabled: later }),
      log(10, { category: later }),
    ];
    expect(one(check.evaluate(setting(logs)))).toMatchObject({
      status: 'unknown',
      message:
        'whether the Administrative category is exported cannot be determined: var.category has no value',
      line: 7,
    });
  });

  it('fails when every entry is known and none routes Administrative, a disabled one included', () => {
    const logs = [log(4, { category: 'Security' }), log(7, { category: 'administrative', enabled: false })];
    expect(one(check.evaluate(setting(logs)))).toMatchObject({ status: 'fail', attribute: 'logs' });
  });

  it('judges a log profile on Write, Delete and Action, and doubts only when an unresolved one could fill a gap', () => {
    expect(one(check.evaluate(profile(['Write', 'Delete', 'Action', later])))?.status).toBe('pass');
    expect(one(check.evaluate(profile(['Write', 'Delete', later])))).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(/^whether the log profile exports Action/),
    });
    expect(one(check.evaluate(profile(['Write'])))).toMatchObject({
      status: 'fail',
      message: 'the log profile does not export Delete and Action events',
    });
  });
});
