import type { ResourceBase } from './resource-base.js';
import type { Attr } from './value.js';

// Kubernetes resources of the model, adapted from manifests (and later from a live cluster).

export interface PodSecurityContext {
  readonly runAsNonRoot?: Attr<boolean>;
  readonly runAsUser?: Attr<number>;
}

export interface ContainerSecurityContext extends PodSecurityContext {
  readonly privileged?: Attr<boolean>;
  readonly allowPrivilegeEscalation?: Attr<boolean>;
  readonly readOnlyRootFilesystem?: Attr<boolean>;
  readonly capabilitiesAdd: readonly Attr<string>[];
  readonly capabilitiesDrop: readonly Attr<string>[];
}

export interface Container {
  readonly name: string;
  readonly type: 'container' | 'init' | 'ephemeral';
  readonly image?: Attr<string>;
  readonly securityContext: ContainerSecurityContext;
  readonly limits: { readonly cpu?: Attr<string>; readonly memory?: Attr<string> };
  readonly line: number;
  /** Lines of the container's attributes (`securityContext.privileged`, `image`, ...). */
  readonly attributeLines: Readonly<Record<string, number>>;
}

export interface PodSpec {
  readonly hostNetwork?: Attr<boolean>;
  readonly hostPID?: Attr<boolean>;
  readonly hostIPC?: Attr<boolean>;
  readonly securityContext: PodSecurityContext;
  readonly containers: readonly Container[];
}

/** Anything that runs pods: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob. */
export interface Workload extends ResourceBase<'k8s.workload'> {
  readonly workloadKind: string;
  readonly name: string;
  /** Unknown when the manifest does not set it: the namespace is then chosen at apply time. */
  readonly namespace: Attr<string>;
  readonly pod: PodSpec;
}

export interface Namespace extends ResourceBase<'k8s.namespace'> {
  readonly name: string;
  /** False for a namespace that scanned workloads use but no scanned manifest declares. */
  readonly declared: boolean;
  /** Addresses of the NetworkPolicies scanned in this namespace. */
  readonly networkPolicies: readonly string[];
  /** NetworkPolicies scanned without a namespace: each may be applied to this one. */
  readonly unplacedNetworkPolicies: readonly string[];
}

export interface NetworkPolicy extends ResourceBase<'k8s.network-policy'> {
  readonly name: string;
  readonly namespace: Attr<string>;
  /** The pod selector is empty: the policy applies to every pod of its namespace. */
  readonly selectsAllPods: Attr<boolean>;
}

export interface RoleBindingSubject {
  readonly kind: Attr<string>;
  readonly name: Attr<string>;
  readonly namespace?: Attr<string>;
}

export interface RoleBinding extends ResourceBase<'k8s.role-binding'> {
  readonly bindingKind: 'ClusterRoleBinding' | 'RoleBinding';
  readonly name: string;
  readonly namespace?: Attr<string>;
  readonly roleRef: { readonly kind: Attr<string>; readonly name: Attr<string> };
  readonly subjects: readonly RoleBindingSubject[];
}

export type KubernetesResource = Workload | Namespace | NetworkPolicy | RoleBinding;
