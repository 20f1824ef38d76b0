import { describe, expect, it } from 'vitest';
import type { PersistentVolume, StorageClass } from '../../model/kubernetes.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const parse = (text: string) => parseInput('storage.yaml', text);

describe('PersistentVolumes and StorageClasses', () => {
  it('reads the reclaim policy with its line, cluster-scoped, whatever namespace the manifest names', () => {
    const { resources, issues } = parse(
      [
        'apiVersion: v1',
        'kind: PersistentVolume',
        'metadata:',
        '  name: pv-orders',
        '  namespace: ignored',
        'spec:',
        '  capacity: { storage: 20Gi }',
        '  persistentVolumeReclaimPolicy: Delete',
        '  storageClassName: standard',
        '---',
        'apiVersion: storage.k8s.io/v1',
        'kind: StorageClass',
        'metadata: { name: standard }',
        'provisioner: ebs.csi.aws.com',
        'reclaimPolicy: Retain',
        '',
      ].join('\n'),
    );
    expect(issues).toEqual([]);
    const [pv, sc] = resources as [PersistentVolume, StorageClass];
    expect(pv).toEqual({
      kind: 'k8s.persistent-volume',
      provider: 'kubernetes',
      address: 'PersistentVolume/pv-orders',
      location: { file: 'storage.yaml', line: 1 },
      attributeLines: { reclaimPolicy: 8, storageClassName: 9 },
      name: 'pv-orders',
      reclaimPolicy: 'Delete',
      storageClassName: 'standard',
    });
    expect(sc).toEqual({
      kind: 'k8s.storage-class',
      provider: 'kubernetes',
      address: 'StorageClass/standard',
      location: { file: 'storage.yaml', line: 11 },
      attributeLines: { provisioner: 14, reclaimPolicy: 15 },
      name: 'standard',
      provisioner: 'ebs.csi.aws.com',
      reclaimPolicy: 'Retain',
    });
  });

  it('leaves an unset policy undefined, for the check to apply the default of each kind', () => {
    const { resources } = parse(
      'apiVersion: v1\nkind: List\nitems:\n' +
        '  - { apiVersion: v1, kind: PersistentVolume, metadata: { name: a }, spec: { capacity: { storage: 1Gi } } }\n' +
        '  - { apiVersion: storage.k8s.io/v1, kind: StorageClass, metadata: { name: b }, provisioner: x }\n',
    );
    expect(resources.map((r) => [r.kind, (r as PersistentVolume | StorageClass).reclaimPolicy])).toEqual([
      ['k8s.persistent-volume', undefined],
      ['k8s.storage-class', undefined],
    ]);
  });

  it('makes placeholders Unknown, never a guess', () => {
    const { resources, issues } = parse(
      'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: { name: t }\nprovisioner: x\nreclaimPolicy: "{{ .Values.reclaim }}"\n',
    );
    expect(issues).toEqual([]);
    const sc = resources[0] as StorageClass;
    expect(isUnknown(sc.reclaimPolicy)).toBe(true);
    expect(String(sc.reclaimPolicy)).toMatch(/placeholder/);
  });

  it('warns about a policy the API server would refuse (case matters, Recycle is for volumes only)', () => {
    const { resources, issues } = parse(
      [
        'apiVersion: v1',
        'kind: PersistentVolume',
        'metadata: { name: lower }',
        'spec:',
        '  persistentVolumeReclaimPolicy: retain',
        '---',
        'apiVersion: storage.k8s.io/v1',
        'kind: StorageClass',
        'metadata: { name: recycler }',
        'provisioner: x',
        'reclaimPolicy: Recycle',
        '',
      ].join('\n'),
    );
    expect(issues).toEqual([
      {
        level: 'warning',
        location: { file: 'storage.yaml', line: 5 },
        message: expect.stringContaining(
          'PersistentVolume/lower: reclaim policy "retain" is not one Kubernetes accepts',
        ),
      },
      {
        level: 'warning',
        location: { file: 'storage.yaml', line: 11 },
        message: expect.stringContaining('(Retain, Delete)'),
      },
    ]);
    for (const r of resources as (PersistentVolume | StorageClass)[])
      expect(isUnknown(r.reclaimPolicy)).toBe(true);
  });

  it('adapts values of the wrong shape without throwing', () => {
    const { resources, issues } = parse(
      [
        'apiVersion: v1',
        'kind: PersistentVolume',
        'metadata: { name: odd }',
        'spec: [1, 2]',
        '---',
        'apiVersion: v1',
        'kind: PersistentVolume',
        'metadata: { name: odder }',
        'spec:',
        '  persistentVolumeReclaimPolicy: { policy: Delete }',
        '  storageClassName: [a]',
        '---',
        'apiVersion: storage.k8s.io/v1',
        'kind: StorageClass',
        'metadata: {}',
        'reclaimPolicy: 42',
        '',
      ].join('\n'),
    );
    const [odd, odder, sc] = resources as [PersistentVolume, PersistentVolume, StorageClass];
    expect(odd.reclaimPolicy).toBeUndefined();
    expect(isUnknown(odder.reclaimPolicy)).toBe(true);
    expect(isUnknown(odder.storageClassName)).toBe(true);
    expect(sc.address).toBe('StorageClass/(unnamed)');
    expect(isUnknown(sc.reclaimPolicy)).toBe(true);
    expect(issues.map((i) => i.location.line)).toEqual([16]);
  });
});
