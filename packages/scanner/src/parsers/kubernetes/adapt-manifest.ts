import type { InputIssue } from '../../inputs/input-issue.js';
import type {
  Container,
  ContainerSecurityContext,
  Namespace,
  NetworkPolicy,
  PodSpec,
  RoleBinding,
  Workload,
} from '../../model/kubernetes.js';
import type { Resource } from '../../model/resource.js';
import { unknown } from '../../model/value.js';
import { uncheckedTypes } from '../unchecked-types.js';
import { child, childAt, isMapNode, scalarString, type TreeNode } from '../yaml/tree.js';
import { adaptRole, adaptServiceAccount } from './adapt-access.js';
import { adaptPersistentVolume, adaptStorageClass } from './adapt-storage.js';
import { isReadKind, KIND_GROUPS, kindLabel } from './api-groups.js';
import { base, type Meta, meta } from './manifest-meta.js';
import { containerEnv, containerPorts, podVolumes } from './pod-details.js';
import { ManifestReader } from './values.js';

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The kinds the adapter reads (in the API groups that define them: api-groups.ts). */
export const SUPPORTED_K8S_KINDS = Object.keys(KIND_GROUPS);

const READ_KINDS: ReadonlySet<string> = new Set(SUPPORTED_K8S_KINDS);

/** True when a document is a Kubernetes object (it has a string apiVersion and kind). */
export const isKubernetesObject = (tree: TreeNode | undefined): boolean =>
  isMapNode(tree) && !!scalarString(child(tree, 'apiVersion')) && !!scalarString(child(tree, 'kind'));

const container = (node: TreeNode, type: Container['type'], index: number): Container => {
  const r = new ManifestReader();
  const name = scalarString(r.at(node, 'name')) ?? `${type}[${index}]`;
  const sc = r.at(node, 'securityContext');
  const caps = r.at(sc, 'capabilities');
  const securityContext: ContainerSecurityContext = {
    privileged: r.bool(r.at(sc, 'privileged', 'securityContext.privileged')),
    allowPrivilegeEscalation: r.bool(
      r.at(sc, 'allowPrivilegeEscalation', 'securityContext.allowPrivilegeEscalation'),
    ),
    readOnlyRootFilesystem: r.bool(
      r.at(sc, 'readOnlyRootFilesystem', 'securityContext.readOnlyRootFilesystem'),
    ),
    runAsNonRoot: r.bool(r.at(sc, 'runAsNonRoot', 'securityContext.runAsNonRoot')),
    runAsUser: r.num(r.at(sc, 'runAsUser', 'securityContext.runAsUser')),
    seccompProfileType: r.str(r.at(r.at(sc, 'seccompProfile', 'securityContext.seccompProfileType'), 'type')),
    capabilitiesAdd: r
      .list(r.at(caps, 'add', 'securityContext.capabilities.add'))
      .map((n) => r.str(n) ?? unknown('empty capability')),
    capabilitiesDrop: r
      .list(r.at(caps, 'drop', 'securityContext.capabilities.drop'))
      .map((n) => r.str(n) ?? unknown('empty capability')),
  };
  const limits = r.at(r.at(node, 'resources', 'resources'), 'limits', 'resources.limits');
  return {
    name,
    type,
    image: r.str(r.at(node, 'image', 'image')),
    securityContext,
    limits: { cpu: r.str(r.at(limits, 'cpu')), memory: r.str(r.at(limits, 'memory')) },
    ports: containerPorts(r, r.at(node, 'ports', 'ports')),
    env: containerEnv(r, r.at(node, 'env', 'env')),
    line: node.line,
    attributeLines: r.lines,
  };
};

const podSpec = (spec: TreeNode | undefined, r: ManifestReader): PodSpec => {
  const sc = r.at(spec, 'securityContext');
  const containers: Container[] = [];
  const groups = [
    ['containers', 'container'],
    ['initContainers', 'init'],
    ['ephemeralContainers', 'ephemeral'],
  ] as const;
  for (const [key, type] of groups)
    for (const [i, node] of r.list(r.at(spec, key)).entries()) containers.push(container(node, type, i));
  return {
    hostNetwork: r.bool(r.at(spec, 'hostNetwork', 'pod.hostNetwork')),
    hostPID: r.bool(r.at(spec, 'hostPID', 'pod.hostPID')),
    hostIPC: r.bool(r.at(spec, 'hostIPC', 'pod.hostIPC')),
    securityContext: {
      runAsNonRoot: r.bool(r.at(sc, 'runAsNonRoot', 'pod.securityContext.runAsNonRoot')),
      runAsUser: r.num(r.at(sc, 'runAsUser', 'pod.securityContext.runAsUser')),
      seccompProfileType: r.str(
        r.at(r.at(sc, 'seccompProfile', 'pod.securityContext.seccompProfileType'), 'type'),
      ),
    },
    containers,
    volumes: podVolumes(r, r.at(spec, 'volumes', 'pod.volumes')),
    serviceAccountName:
      r.str(r.at(spec, 'serviceAccountName', 'pod.serviceAccountName')) ??
      r.str(r.at(spec, 'serviceAccount', 'pod.serviceAccountName')),
    automountServiceAccountToken: r.bool(
      r.at(spec, 'automountServiceAccountToken', 'pod.automountServiceAccountToken'),
    ),
  };
};

const workload = (tree: TreeNode, m: Meta): Workload => {
  const r = new ManifestReader();
  const path = POD_SPEC_PATHS[m.kind] ?? ['spec'];
  const spec = childAt(tree, path);
  // The pod template's metadata, beside its spec (the object's own for a Pod).
  const annotations = childAt(tree, [...path.slice(0, -1), 'metadata', 'annotations']);
  const pod = podSpec(spec, r);
  const legacy = r.str(child(annotations, 'seccomp.security.alpha.kubernetes.io/pod'));
  return {
    ...base('k8s.workload', m, true, r.lines),
    workloadKind: m.kind,
    name: m.name,
    namespace: m.namespace,
    pod:
      legacy === undefined
        ? pod
        : { ...pod, securityContext: { ...pod.securityContext, deprecatedSeccompAnnotation: legacy } },
  };
};

const networkPolicy = (tree: TreeNode, m: Meta): NetworkPolicy => {
  const r = new ManifestReader();
  const selector = r.at(r.at(tree, 'spec'), 'podSelector', 'podSelector');
  const terms = ['matchLabels', 'matchExpressions'].map((k) => child(selector, k));
  const empty = (n: TreeNode | undefined) =>
    !n ||
    (n.type === 'map' && n.entries.size === 0) ||
    (n.type === 'seq' && n.items.length === 0) ||
    (n.type === 'scalar' && n.value === null);
  return {
    ...base('k8s.network-policy', m, true, r.lines),
    name: m.name,
    namespace: m.namespace,
    selectsAllPods:
      selector === undefined ||
      selector.type === 'map' ||
      (selector.type === 'scalar' && selector.value === null)
        ? terms.every(empty)
        : unknown('spec.podSelector is not a mapping'),
  };
};

const roleBinding = (tree: TreeNode, m: Meta): RoleBinding => {
  const r = new ManifestReader();
  const roleRef = r.at(tree, 'roleRef', 'roleRef');
  const cluster = m.kind === 'ClusterRoleBinding';
  return {
    ...base('k8s.role-binding', m, !cluster, r.lines),
    bindingKind: cluster ? 'ClusterRoleBinding' : 'RoleBinding',
    name: m.name,
    ...(cluster ? {} : { namespace: m.namespace }),
    roleRef: {
      kind: r.str(r.at(roleRef, 'kind')) ?? unknown('roleRef.kind is not set'),
      name: r.str(r.at(roleRef, 'name')) ?? unknown('roleRef.name is not set'),
    },
    subjects: r.list(r.at(tree, 'subjects', 'subjects')).map((s) => ({
      kind: r.str(r.at(s, 'kind')) ?? unknown('subject kind is not set'),
      name: r.str(r.at(s, 'name')) ?? unknown('subject name is not set'),
      namespace: r.str(r.at(s, 'namespace')),
    })),
  };
};

const namespace = (m: Meta): Namespace => ({
  ...base('k8s.namespace', m, false, {}),
  name: m.name,
  declared: true,
  networkPolicies: [],
  unplacedNetworkPolicies: [],
});

const MAX_LIST_DEPTH = 4;

/** What one document gives: model resources, problems, and every object it declares (for "not checked"). */
export interface AdaptedManifest {
  readonly resources: Resource[];
  readonly issues: InputIssue[];
  readonly declared: { readonly type: string; readonly file: string; readonly line: number }[];
}

/** The model resources of one object the adapter reads, by kind. */
const adaptObject = (tree: TreeNode, m: Meta): { resources: Resource[]; issues: InputIssue[] } => {
  const kind = m.kind;
  if (POD_SPEC_PATHS[kind]) return { resources: [workload(tree, m)], issues: [] };
  if (kind === 'NetworkPolicy') return { resources: [networkPolicy(tree, m)], issues: [] };
  if (kind === 'ClusterRoleBinding' || kind === 'RoleBinding')
    return { resources: [roleBinding(tree, m)], issues: [] };
  if (kind === 'Namespace') return { resources: [namespace(m)], issues: [] };
  if (kind === 'ClusterRole' || kind === 'Role') return { resources: [adaptRole(tree, m)], issues: [] };
  if (kind === 'ServiceAccount') return { resources: [adaptServiceAccount(tree, m)], issues: [] };
  if (kind === 'PersistentVolume' || kind === 'StorageClass') {
    const adapted = kind === 'StorageClass' ? adaptStorageClass(tree, m) : adaptPersistentVolume(tree, m);
    return { resources: [adapted.resource], issues: adapted.issues };
  }
  return { resources: [], issues: [] };
};

/**
 * Adapts the Kubernetes objects of one document (a `List` expands into its items). Objects are routed by kind
 * and API group: a kind of another group (a custom resource named `Deployment`) is not read, only declared.
 */
export const adaptManifest = (tree: TreeNode, file: string, depth = 0): AdaptedManifest => {
  const kind = scalarString(child(tree, 'kind')) ?? '';
  const apiVersion = scalarString(child(tree, 'apiVersion')) ?? '';
  if (kind.endsWith('List') && child(tree, 'items')) {
    const out: AdaptedManifest = { resources: [], issues: [], declared: [] };
    if (depth >= MAX_LIST_DEPTH) {
      out.issues.push({
        level: 'error',
        location: { file, line: tree.line },
        message: 'Lists nested too deeply',
      });
      return out;
    }
    const items = child(tree, 'items');
    for (const item of items?.type === 'seq' ? items.items : []) {
      if (!isKubernetesObject(item)) continue;
      const sub = adaptManifest(item, file, depth + 1);
      out.resources.push(...sub.resources);
      out.issues.push(...sub.issues);
      out.declared.push(...sub.declared);
    }
    return out;
  }
  const declared = [{ type: kindLabel(apiVersion, kind), file, line: tree.line }];
  if (!isReadKind(apiVersion, kind)) return { resources: [], issues: [], declared };
  return { ...adaptObject(tree, meta(tree, file)), declared };
};

/**
 * Adapts the Kubernetes documents of one file, and warns once for the objects no check reads (ConfigMap,
 * Service, custom resources), as Terraform and CloudFormation do for their types.
 */
export const adaptManifests = (
  trees: readonly TreeNode[],
  file: string,
  skimmed: readonly AdaptedManifest['declared'][number][] = [],
): { resources: Resource[]; issues: InputIssue[] } => {
  const resources: Resource[] = [];
  const issues: InputIssue[] = [];
  // The objects of documents left unparsed (manifest-skim.ts) are declared too.
  const declared: AdaptedManifest['declared'] = [...skimmed];
  for (const tree of trees) {
    const adapted = adaptManifest(tree, file);
    resources.push(...adapted.resources);
    issues.push(...adapted.issues);
    declared.push(...adapted.declared);
  }
  return { resources, issues: [...issues, ...uncheckedTypes(declared, READ_KINDS)] };
};
