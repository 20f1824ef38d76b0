import type { Namespace, NetworkPolicy } from '../../model/kubernetes.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/value.js';
import { linkServiceAccounts } from './link-service-accounts.js';

/**
 * Cross-file links of the Kubernetes model, made once every input is parsed: each namespace learns which
 * NetworkPolicies apply in it. Namespaces that workloads use without a scanned Namespace object are added
 * (at the first such workload), so they are checked too.
 */
export const linkKubernetes = (resources: readonly Resource[]): Resource[] => {
  // Nothing to link without Kubernetes objects (a cloud snapshot): spare a large scan the copies below.
  if (!resources.some((r) => r.kind.startsWith('k8s.'))) return [...resources];
  const policies = resources.filter((r): r is NetworkPolicy => r.kind === 'k8s.network-policy');
  const unplaced = policies.filter((p) => isUnknown(p.namespace)).map((p) => p.address);
  const declared = new Set(resources.flatMap((r) => (r.kind === 'k8s.namespace' ? [r.name] : [])));
  const implied = new Map<string, Namespace>();
  for (const r of resources) {
    if (r.kind !== 'k8s.workload' || isUnknown(r.namespace)) continue;
    if (declared.has(r.namespace) || implied.has(r.namespace)) continue;
    implied.set(r.namespace, {
      kind: 'k8s.namespace',
      provider: 'kubernetes',
      address: `Namespace/${r.namespace}`,
      location: r.location,
      attributeLines: {},
      name: r.namespace,
      declared: false,
      networkPolicies: [],
      unplacedNetworkPolicies: [],
    });
  }
  const link = (ns: Namespace): Namespace => ({
    ...ns,
    networkPolicies: policies.filter((p) => p.namespace === ns.name).map((p) => p.address),
    unplacedNetworkPolicies: unplaced,
  });
  return linkServiceAccounts([
    ...resources.map((r) => (r.kind === 'k8s.namespace' ? link(r) : r)),
    ...[...implied.values()].map(link),
  ]);
};
