import { describe, expect, it } from 'vitest';
import type { StorageAccount } from '../../../../model/azure.js';
import { Unknown } from '../../../../model/value.js';
import type { Finding } from '../../../check.js';
import { check } from './index.js';

const account = (extra: Partial<StorageAccount>): StorageAccount => ({
  kind: 'azure.storage.account',
  provider: 'azure',
  address: 'azurerm_storage_account.data',
  location: { file: 'main.tf', line: 1 },
  attributeLines: {},
  ...extra,
});

const judge = (extra: Partial<StorageAccount>) =>
  check.evaluate(account(extra)) as readonly Finding[] | undefined;

const statuses = (extra: Partial<StorageAccount>) => judge(extra)?.map((f) => f.status);
const later = new Unknown('var.days has no value');

describe('azure-storage-blob-soft-delete', () => {
  it('gives one result for blobs and one for containers, and none for a FileStorage account', () => {
    expect(judge({ blobSoftDelete: { days: 30 }, containerSoftDelete: {} })).toEqual([
      {
        status: 'pass',
        message: 'deleted blobs are kept 30 days',
        attribute: 'blobSoftDelete.days',
        subject: 'blobs',
      },
      {
        status: 'pass',
        message: 'deleted containers are kept 7 days (the default)',
        attribute: 'containerSoftDelete.days',
        subject: 'containers',
      },
    ]);
    expect(judge({ accountKind: 'FileStorage' })).toBeUndefined();
  });

  it('fails soft delete that is not configured, too short, or purgeable at once', () => {
    expect(judge({})?.map((f) => f.message)).toEqual([
      'blob soft delete is not configured (off): a deleted blob cannot be recovered',
      'container soft delete is not configured (off): a deleted container cannot be recovered',
    ]);
    expect(judge({ blobSoftDelete: { days: 6 }, containerSoftDelete: { days: 7 } })?.[0]?.message).toBe(
      'deleted blobs are kept 6 days, fewer than 7',
    );
    expect(
      judge({ blobSoftDelete: { days: 30, permanentDelete: true }, containerSoftDelete: {} })?.[0],
    ).toMatchObject({
      status: 'fail',
      attribute: 'blobSoftDelete.permanentDelete',
    });
  });

  it('is unknown for what cannot be resolved, and judges the rest', () => {
    expect(statuses({ blobSoftDelete: later, containerSoftDelete: { days: later } })).toEqual([
      'unknown',
      'unknown',
    ]);
    expect(statuses({ blobSoftDelete: { days: 9, permanentDelete: later } })).toEqual(['unknown', 'fail']);
    expect(check.evaluate(account({ accountKind: later }))).toMatchObject({
      status: 'unknown',
      attribute: 'accountKind',
    });
  });
});
