/**
 * The kinds the Kubernetes adapter reads, each with the API groups that define it (`''` is the core group,
 * `apiVersion: v1`). A kind means something only within its group: a custom resource may be called
 * `Deployment` or `Job` in `example.com/v1`, and reading it as a workload would judge a shape it does not
 * have. Groups are matched without their version because a kind keeps its meaning across versions
 * (`batch/v1beta1` and `batch/v1` CronJobs have the same pod template).
 *
 * `extensions/v1beta1` and `apps/v1beta1`/`v1beta2` were removed in Kubernetes 1.16, but old manifests still
 * use them (flannel's DaemonSet): they are read, since the pod spec has not changed. `policy` defines no kind
 * read here (PodSecurityPolicy, PodDisruptionBudget): those are reported as not checked, like any other kind.
 */
export const KIND_GROUPS: Readonly<Record<string, readonly string[]>> = {
  Pod: [''],
  ReplicationController: [''],
  Deployment: ['apps', 'extensions'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  Job: ['batch'],
  CronJob: ['batch'],
  Namespace: [''],
  NetworkPolicy: ['networking.k8s.io', 'extensions'],
  ClusterRoleBinding: ['rbac.authorization.k8s.io'],
  RoleBinding: ['rbac.authorization.k8s.io'],
  ClusterRole: ['rbac.authorization.k8s.io'],
  Role: ['rbac.authorization.k8s.io'],
  ServiceAccount: [''],
  PersistentVolume: [''],
  StorageClass: ['storage.k8s.io'],
};

/** The group of an `apiVersion`: `apps` for `apps/v1`, `''` (core) for `v1`. */
export const apiGroup = (apiVersion: string): string => {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
};

/** True when the adapter reads this kind in this API version's group. */
export const isReadKind = (apiVersion: string, kind: string): boolean =>
  KIND_GROUPS[kind]?.includes(apiGroup(apiVersion)) ?? false;

/**
 * How an object's kind is named in the "not checked" warning: its kind, with its apiVersion when the kind is
 * one the adapter reads in another group (`Deployment (example.com/v1)`), so the warning does not seem to say
 * that Deployments are not checked.
 */
export const kindLabel = (apiVersion: string, kind: string): string =>
  KIND_GROUPS[kind] && !isReadKind(apiVersion, kind) ? `${kind} (${apiVersion})` : kind;
