import { describe, expect, it } from 'vitest';
import type { PersistentVolume, StorageClass } from '../../../../model/kubernetes.js';
import { Unknown } from '../../../../model/value.js';
import type { Finding } from '../../../check.js';
import { check } from './index.js';

const common = {
  provider: 'kubernetes' as const,
  location: { file: 'k8s.yaml', line: 1 },
  attributeLines: {},
};

const volume = (reclaimPolicy?: PersistentVolume['reclaimPolicy']) =>
  check.evaluate({
    ...common,
    kind: 'k8s.persistent-volume',
    address: 'PersistentVolume/pv',
    name: 'pv',
    reclaimPolicy,
  }) as Finding;

const storageClass = (reclaimPolicy?: StorageClass['reclaimPolicy']) =>
  check.evaluate({
    ...common,
    kind: 'k8s.storage-class',
    address: 'StorageClass/standard',
    name: 'standard',
    reclaimPolicy,
  }) as Finding;

describe('k8s-pv-reclaim-policy', () => {
  it('applies the default of each kind when the policy is not set: Retain for volumes, Delete for classes', () => {
    expect(volume()).toEqual({
      status: 'fail',
      message:
        'no reclaim policy is set, so the volume gets Retain: its data stays after the claim is deleted',
    });
    expect(storageClass()).toEqual({
      status: 'pass',
      message: 'no reclaim policy is set, so the volumes of this class get Delete (the default)',
    });
  });

  it('passes Delete and fails Retain and Recycle, pointing at the policy', () => {
    expect(volume('Delete')).toMatchObject({ status: 'pass', attribute: 'reclaimPolicy' });
    expect(storageClass('Delete').message).toBe(
      'the volumes of this class are deleted with their claims (reclaim policy Delete)',
    );
    expect(volume('Retain')).toEqual({
      status: 'fail',
      message: 'the reclaim policy is Retain: the volume and its data stay after the claim is deleted',
      attribute: 'reclaimPolicy',
    });
    expect(storageClass('Retain').message).toBe(
      'the reclaim policy is Retain: every volume of this class keeps its data after its claim is deleted',
    );
    expect(volume('Recycle')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('deprecated'),
    });
  });

  it('is unknown when the policy cannot be resolved', () => {
    expect(volume(new Unknown('the placeholder is filled in at deploy time'))).toMatchObject({
      status: 'unknown',
      attribute: 'reclaimPolicy',
    });
  });
});
