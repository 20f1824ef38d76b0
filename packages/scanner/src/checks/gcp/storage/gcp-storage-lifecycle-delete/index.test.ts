import { describe, expect, it } from 'vitest';
import type { StorageBucket, StorageLifecycleRule } from '../../../../model/gcp.js';
import { Unknown } from '../../../../model/value.js';
import type { Finding } from '../../../check.js';
import { check } from './index.js';

const bucket = (lifecycleRules?: StorageBucket['lifecycleRules']): StorageBucket => ({
  kind: 'gcp.storage.bucket',
  provider: 'gcp',
  address: 'google_storage_bucket.data',
  location: { file: 'main.tf', line: 1 },
  attributeLines: {},
  lifecycleRules,
});

const rule = (actionType: StorageLifecycleRule['actionType'], extra: Partial<StorageLifecycleRule> = {}) => ({
  actionType,
  line: 10,
  ...extra,
});

const judge = (rules?: StorageBucket['lifecycleRules']) => check.evaluate(bucket(rules)) as Finding;

describe('gcp-storage-lifecycle-delete', () => {
  it('fails a bucket without lifecycle rules, whether the list is absent or empty', () => {
    for (const rules of [undefined, []])
      expect(judge(rules)).toMatchObject({
        status: 'fail',
        message: 'no lifecycle rule: objects and their versions are kept until someone deletes them',
      });
  });

  it('passes on the first Delete rule and says what it reaches', () => {
    expect(
      judge([rule('SetStorageClass', { ageDays: 30 }), rule('Delete', { ageDays: 400, line: 20 })]),
    ).toEqual({
      status: 'pass',
      message: 'lifecycle rule 2 deletes objects 400 days after creation',
      line: 20,
    });
    expect(judge([rule('Delete', { withState: 'ARCHIVED' })]).message).toBe(
      'lifecycle rule 1 deletes noncurrent versions',
    );
  });

  it('fails when the rules only change storage classes or clean up uploads', () => {
    expect(judge([rule('SetStorageClass'), rule('AbortIncompleteMultipartUpload')])).toMatchObject({
      status: 'fail',
      attribute: 'lifecycleRules',
    });
  });

  it('is unknown when a rule that may delete cannot be resolved, unless another rule deletes', () => {
    const later = new Unknown('var.action has no value');
    expect(judge([rule('SetStorageClass'), rule(later, { line: 14 })])).toEqual({
      status: 'unknown',
      message: 'whether lifecycle rule 2 deletes objects cannot be determined: var.action has no value',
      line: 14,
    });
    expect(judge([rule(later), rule('Delete')]).status).toBe('pass');
    expect(judge(new Unknown('dynamic block over var.rules')).status).toBe('unknown');
  });
});
