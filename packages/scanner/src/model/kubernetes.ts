import type { ResourceBase } from './resource-base.js';
import type { Attr } from './value.js';

// Kubernetes resources of the model, adapted from manifests (and later from a live cluster).

export interface PodSecurityContext {
  readonly runAsNonRoot?: Attr<boolean>;
  readonly runAsUser?: Attr<number>;
  /**
   * seccompProfile.type: `RuntimeDefault`, `Localhost` or `Unconfined`. Unset on both pod and container, the
   * container runs Unconfined unless the kubelet turns on its seccomp default.
   */
  readonly seccompProfileType?: Attr<string>;
  /**
   * The pod's `seccomp.security.alpha.kubernetes.io/pod` annotation (`runtime/default`), the way profiles were set
   * before the field: Kubernetes 1.27 and later ignore it. Read only to say so.
   */
  readonly deprecatedSeccompAnnotation?: Attr<string>;
}

export interface ContainerSecurityContext extends PodSecurityContext {
  readonly privileged?: Attr<boolean>;
  readonly allowPrivilegeEscalation?: Attr<boolean>;
  readonly readOnlyRootFilesystem?: Attr<boolean>;
  readonly capabilitiesAdd: readonly Attr<string>[];
  readonly capabilitiesDrop: readonly Attr<string>[];
}

/** A port a container declares. */
export interface ContainerPort {
  readonly containerPort?: Attr<number>;
  /** Binds the port on the node's own address: set and not 0, the pod is reachable through the node. */
  readonly hostPort?: Attr<number>;
  readonly line: number;
}

/** An environment variable of a container. */
export interface EnvVar {
  readonly name: Attr<string>;
  /** The literal value written in the manifest; undefined when it comes from `valueFrom` or is not set. */
  readonly value?: Attr<string>;
  /** The value is read at run time from a Secret, a ConfigMap or a field (`valueFrom`). */
  readonly fromReference: boolean;
  readonly line: number;
}

export interface Container {
  readonly name: string;
  readonly type: 'container' | 'init' | 'ephemeral';
  readonly image?: Attr<string>;
  readonly securityContext: ContainerSecurityContext;
  readonly limits: { readonly cpu?: Attr<string>; readonly memory?: Attr<string> };
  /** Declared ports; undefined from sources that do not read them. */
  readonly ports?: readonly ContainerPort[];
  /** Declared environment variables (`env`, not `envFrom`); undefined from sources that do not read them. */
  readonly env?: readonly EnvVar[];
  readonly line: number;
  /** Lines of the container's attributes (`securityContext.privileged`, `image`, ...). */
  readonly attributeLines: Readonly<Record<string, number>>;
}

/** A volume of a pod, by the kind of source it mounts. */
export interface PodVolume {
  readonly name: Attr<string>;
  /** The volume source key: `hostPath`, `emptyDir`, `secret`, `persistentVolumeClaim`, ... (`unknown` if none). */
  readonly source: string;
  /** hostPath.path, for hostPath volumes. */
  readonly hostPath?: Attr<string>;
  readonly line: number;
}

export interface PodSpec {
  readonly hostNetwork?: Attr<boolean>;
  readonly hostPID?: Attr<boolean>;
  readonly hostIPC?: Attr<boolean>;
  readonly securityContext: PodSecurityContext;
  readonly containers: readonly Container[];
  /** Declared volumes; undefined from sources that do not read them. */
  readonly volumes?: readonly PodVolume[];
  /** serviceAccountName (Kubernetes default: the namespace's `default` service account). */
  readonly serviceAccountName?: Attr<string>;
  /** automountServiceAccountToken of the pod: overrides the service account's (Kubernetes default: true). */
  readonly automountServiceAccountToken?: Attr<boolean>;
}

/** The scanned ServiceAccount a workload runs as, linked once every input is parsed. */
export interface LinkedServiceAccount {
  readonly address: string;
  readonly automountServiceAccountToken?: Attr<boolean>;
}

/** Anything that runs pods: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob. */
export interface Workload extends ResourceBase<'k8s.workload'> {
  readonly workloadKind: string;
  readonly name: string;
  /** Unknown when the manifest does not set it: the namespace is then chosen at apply time. */
  readonly namespace: Attr<string>;
  readonly pod: PodSpec;
  /** Set by linking when the service account the pod uses is among the scanned manifests. */
  readonly serviceAccount?: LinkedServiceAccount;
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

/** One rule of a Role or ClusterRole. */
export interface PolicyRule {
  readonly apiGroups: readonly Attr<string>[];
  readonly resources: readonly Attr<string>[];
  readonly verbs: readonly Attr<string>[];
  readonly nonResourceURLs: readonly Attr<string>[];
  readonly line: number;
}

export interface Role extends ResourceBase<'k8s.role'> {
  readonly roleKind: 'ClusterRole' | 'Role';
  readonly name: string;
  readonly namespace?: Attr<string>;
  readonly rules: readonly PolicyRule[];
  /** A ClusterRole with an aggregationRule: the control plane fills its rules from other roles. */
  readonly aggregated: boolean;
}

export interface ServiceAccount extends ResourceBase<'k8s.service-account'> {
  readonly name: string;
  readonly namespace: Attr<string>;
  /** automountServiceAccountToken (Kubernetes default: true); a pod's own setting wins over it. */
  readonly automountServiceAccountToken?: Attr<boolean>;
}

/** A PersistentVolume (cluster-scoped): a piece of storage that one claim at a time binds to. */
export interface PersistentVolume extends ResourceBase<'k8s.persistent-volume'> {
  readonly name: string;
  /**
   * spec.persistentVolumeReclaimPolicy: `Retain` (the volume and its data stay once the claim is deleted),
   * `Delete` (the volume and its backing storage are deleted with the claim) or `Recycle` (deprecated: the files
   * are removed and the volume is offered to the next claim). Undefined when the manifest does not set it: the
   * API server then gives the volume `Retain`. (Volumes a provisioner creates get their StorageClass's policy
   * written in, so they always set it.)
   */
  readonly reclaimPolicy?: Attr<string>;
  /** spec.storageClassName: the class the volume belongs to (undefined or empty: none). */
  readonly storageClassName?: Attr<string>;
}

/** A StorageClass (cluster-scoped): how volumes are provisioned on demand for claims that name it. */
export interface StorageClass extends ResourceBase<'k8s.storage-class'> {
  readonly name: string;
  /** provisioner: the driver that creates the volumes (`ebs.csi.aws.com`, `kubernetes.io/no-provisioner`). */
  readonly provisioner?: Attr<string>;
  /**
   * reclaimPolicy: `Delete` or `Retain`, given to every volume the class provisions. Undefined when not set:
   * Kubernetes defaults it to `Delete`.
   */
  readonly reclaimPolicy?: Attr<string>;
}

export type KubernetesResource =
  | Workload
  | Namespace
  | NetworkPolicy
  | RoleBinding
  | Role
  | ServiceAccount
  | PersistentVolume
  | StorageClass;
