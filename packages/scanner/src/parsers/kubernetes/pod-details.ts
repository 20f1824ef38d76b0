import type { ContainerPort, EnvVar, PodVolume } from '../../model/kubernetes.js';
import { unknown } from '../../model/value.js';
import type { TreeNode } from '../yaml/tree.js';
import type { ManifestReader } from './values.js';

// Parts of a pod spec read item by item, each with its own line: volumes, container ports, environment.

/** Keys of a volume entry that are not its source. */
const VOLUME_FIELDS = new Set(['name']);

export const podVolumes = (r: ManifestReader, node: TreeNode | undefined): PodVolume[] =>
  r.list(node).map((item, i) => {
    const source =
      item.type === 'map' ? [...item.entries.keys()].find((k) => !VOLUME_FIELDS.has(k)) : undefined;
    return {
      name: r.str(r.at(item, 'name')) ?? unknown(`volume [${i}] has no name`),
      source: source ?? 'unknown',
      ...(source === 'hostPath'
        ? { hostPath: r.str(r.at(r.at(item, 'hostPath'), 'path')) ?? unknown('hostPath.path is not set') }
        : {}),
      line: item.line,
    };
  });

export const containerPorts = (r: ManifestReader, node: TreeNode | undefined): ContainerPort[] =>
  r.list(node).map((item) => ({
    containerPort: r.num(r.at(item, 'containerPort')),
    hostPort: r.num(r.at(item, 'hostPort')),
    line: item.line,
  }));

export const containerEnv = (r: ManifestReader, node: TreeNode | undefined): EnvVar[] =>
  r.list(node).map((item, i) => ({
    name: r.str(r.at(item, 'name')) ?? unknown(`env [${i}] has no name`),
    value: r.str(r.at(item, 'value')),
    fromReference: r.at(item, 'valueFrom') !== undefined,
    line: item.line,
  }));
