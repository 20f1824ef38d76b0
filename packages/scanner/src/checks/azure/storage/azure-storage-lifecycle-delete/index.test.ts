import { describe, expect, it } from 'vitest';
import type { LifecycleManagementRule, StorageAccount } from '../../../../model/azure.js';
import { Unknown } from '../../../../model/value.js';
import type { Finding } from '../../../check.js';
import { check } from './index.js';

const POLICY = 'azurerm_storage_management_policy.data';

const account = (extra: Partial<StorageAccount>): StorageAccount => ({
  kind: 'azure.storage.account',
  provider: 'azure',
  address: 'azurerm_storage_account.data',
  location: { file: 'main.tf', line: 1 },
  attributeLines: {},
  ...extra,
});

const rule = (extra: Partial<LifecycleManagementRule>): LifecycleManagementRule => ({
  name: 'retention',
  enabled: true,
  deletions: [],
  line: 12,
  ...extra,
});

const withPolicy = (lifecyclePolicy: StorageAccount['lifecyclePolicy']) =>
  check.evaluate(account({ lifecyclePolicy })) as Finding | undefined;

const judge = (rules: readonly LifecycleManagementRule[]) => withPolicy({ address: POLICY, rules });

const later = new Unknown('var.x has no value');

describe('azure-storage-lifecycle-delete', () => {
  it('passes on an enabled rule that deletes, naming what, when and where', () => {
    expect(
      judge([
        rule({ name: 'tiering', line: 5 }),
        rule({
          deletions: [
            { target: 'blobs', since: 'modification', days: 400 },
            { target: 'versions', since: 'creation', days: 90 },
          ],
          prefixes: ['exports/', later],
        }),
      ]),
    ).toEqual({
      status: 'pass',
      message:
        'lifecycle rule "retention" of azurerm_storage_management_policy.data deletes blobs 400 days after modification, ' +
        'versions 90 days after creation (only under exports/, an unresolved prefix)',
      line: 12,
    });
  });

  it('fails without a policy, and when no enabled rule deletes anything', () => {
    expect(check.evaluate(account({}))).toMatchObject({
      status: 'fail',
      message:
        'no lifecycle management policy: blobs, snapshots and versions are kept until someone deletes them',
    });
    expect(
      judge([
        rule({ enabled: false, deletions: [{ target: 'snapshots', since: 'creation', days: 30 }] }),
        rule({}),
      ]),
    ).toMatchObject({
      status: 'fail',
      message: `no enabled rule of ${POLICY} deletes blobs, snapshots or versions`,
    });
    expect(judge([])?.status).toBe('fail');
  });

  it('is unknown when the policy, its rules, a rule flag or its days cannot be resolved', () => {
    expect(withPolicy(later)?.status).toBe('unknown');
    expect(withPolicy({ address: POLICY, rules: later })?.message).toBe(
      `the rules of ${POLICY} cannot be determined: var.x has no value`,
    );
    expect(judge([rule({ name: later, enabled: later, line: 8 })])).toEqual({
      status: 'unknown',
      message: 'whether lifecycle rule 1 deletes data cannot be determined: var.x has no value',
      line: 8,
    });
    expect(judge([rule({ deletions: later })])?.status).toBe('unknown');
    expect(judge([rule({ deletions: [{ target: 'blobs', since: 'creation', days: later }] })])?.status).toBe(
      'unknown',
    );
  });

  it('lets a rule that surely deletes win over one that cannot be resolved', () => {
    const deletes = rule({ deletions: [{ target: 'blobs', since: 'last access', days: 0 }] });
    expect(judge([rule({ enabled: later }), deletes])).toMatchObject({
      status: 'pass',
      message: expect.stringContaining('deletes blobs 0 days after last access'),
    });
  });

  it('leaves FileStorage accounts out and is unknown when the kind cannot be resolved', () => {
    expect(check.evaluate(account({ accountKind: 'FileStorage' }))).toBeUndefined();
    expect(check.evaluate(account({ accountKind: later }))).toMatchObject({ status: 'unknown' });
  });
});
