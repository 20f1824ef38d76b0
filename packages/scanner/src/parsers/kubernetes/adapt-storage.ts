import type { InputIssue } from '../../inputs/input-issue.js';
import type { PersistentVolume, StorageClass } from '../../model/kubernetes.js';
import { type Attr, isUnknown, unknown } from '../../model/value.js';
import type { TreeNode } from '../yaml/tree.js';
import { base, type Meta } from './manifest-meta.js';
import { ManifestReader } from './values.js';

// Storage objects: PersistentVolumes and StorageClasses, read for what happens to a volume's data once the claim
// that used it is gone.

/** The reclaim policies the API server accepts, by kind: a StorageClass cannot ask for Recycle. */
const POLICIES: Readonly<Record<'PersistentVolume' | 'StorageClass', readonly string[]>> = {
  PersistentVolume: ['Retain', 'Delete', 'Recycle'],
  StorageClass: ['Retain', 'Delete'],
};

/**
 * A reclaim policy as written. A value the API server would refuse (policies are case-sensitive) becomes an
 * Unknown, with a warning: the manifest cannot be applied as it stands, so what it would keep cannot be told.
 */
const reclaimPolicy = (
  value: Attr<string> | undefined,
  m: Meta,
  kind: keyof typeof POLICIES,
  line: number,
  issues: InputIssue[],
): Attr<string> | undefined => {
  if (value === undefined || isUnknown(value) || POLICIES[kind].includes(value)) return value;
  const message = `${kind}/${m.name}: reclaim policy "${value}" is not one Kubernetes accepts (${POLICIES[kind].join(', ')}); the API server would refuse this manifest`;
  issues.push({ level: 'warning', location: { file: m.file, line }, message });
  return unknown(`"${value}" is not a reclaim policy Kubernetes accepts`);
};

export const adaptPersistentVolume = (
  tree: TreeNode,
  m: Meta,
): { resource: PersistentVolume; issues: InputIssue[] } => {
  const r = new ManifestReader();
  const issues: InputIssue[] = [];
  const spec = r.at(tree, 'spec');
  const policy = r.str(r.at(spec, 'persistentVolumeReclaimPolicy', 'reclaimPolicy'));
  const resource: PersistentVolume = {
    ...base('k8s.persistent-volume', m, false, r.lines),
    name: m.name,
    reclaimPolicy: reclaimPolicy(policy, m, 'PersistentVolume', r.lines.reclaimPolicy ?? m.line, issues),
    storageClassName: r.str(r.at(spec, 'storageClassName', 'storageClassName')),
  };
  return { resource, issues };
};

export const adaptStorageClass = (
  tree: TreeNode,
  m: Meta,
): { resource: StorageClass; issues: InputIssue[] } => {
  const r = new ManifestReader();
  const issues: InputIssue[] = [];
  const policy = r.str(r.at(tree, 'reclaimPolicy', 'reclaimPolicy'));
  const resource: StorageClass = {
    ...base('k8s.storage-class', m, false, r.lines),
    name: m.name,
    provisioner: r.str(r.at(tree, 'provisioner', 'provisioner')),
    reclaimPolicy: reclaimPolicy(policy, m, 'StorageClass', r.lines.reclaimPolicy ?? m.line, issues),
  };
  return { resource, issues };
};
