import { describe, expect, it } from 'vitest';
import type { SqlInstance } from '../../../../model/gcp.js';
import { Unknown } from '../../../../model/value.js';
import type { Finding } from '../../../check.js';
import { check } from './index.js';

const judge = (extra: Partial<SqlInstance>) =>
  check.evaluate({
    kind: 'gcp.sql.instance',
    provider: 'gcp',
    address: 'google_sql_database_instance.orders',
    location: { file: 'main.tf', line: 1 },
    attributeLines: {},
    ...extra,
  }) as Finding;

const later = new Unknown('var.protect has no value');

describe('gcp-sql-deletion-protection', () => {
  it("passes on Terraform's guard, set or left at its default", () => {
    expect(judge({})).toEqual({
      status: 'pass',
      message: 'Terraform refuses to destroy the instance (deletion protection is on by default)',
      attribute: 'terraformDeletionProtection',
    });
    expect(judge({ terraformDeletionProtection: true }).message).toBe(
      'Terraform refuses to destroy the instance (deletion protection is on)',
    );
  });

  it("passes on the instance's own protection, whatever Terraform says", () => {
    for (const terraformDeletionProtection of [false, later])
      expect(judge({ terraformDeletionProtection, deletionProtectionEnabled: true })).toMatchObject({
        status: 'pass',
        attribute: 'deletionProtectionEnabled',
      });
  });

  it('fails when both are off, saying whether the instance setting is off or not set', () => {
    expect(judge({ terraformDeletionProtection: false }).message).toBe(
      'deletion protection is off in Terraform and not set (off by default) on the instance: one destroy deletes the database',
    );
    expect(judge({ terraformDeletionProtection: false, deletionProtectionEnabled: false })).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('off in Terraform and off on the instance'),
    });
  });

  it('is unknown when the setting that decides cannot be resolved', () => {
    expect(judge({ terraformDeletionProtection: later })).toMatchObject({
      status: 'unknown',
      attribute: 'terraformDeletionProtection',
    });
    expect(judge({ terraformDeletionProtection: false, deletionProtectionEnabled: later })).toMatchObject({
      status: 'unknown',
      attribute: 'deletionProtectionEnabled',
    });
  });
});
