import { defineCheck, fail, nameList, pass, undetermined } from '../../kit.js';

/** Namespaces run by the platform itself, whose policies are the distribution's business. */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

export const check = defineCheck(import.meta.url, {
  id: 'k8s-namespace-network-policy',
  title: 'Every namespace has a NetworkPolicy',
  description:
    'Checks each namespace that the scanned manifests declare or deploy workloads into. Passes when a scanned ' +
    'NetworkPolicy is in that namespace; unknown when the only policies found have no namespace (set at apply ' +
    'time); fails otherwise. Scan the manifests of a whole cluster or environment together for a fair answer.',
  rationale:
    'Without a NetworkPolicy every pod accepts traffic from every other pod in the cluster, whatever team or ' +
    'customer it belongs to. A default-deny policy per namespace, with explicit allows, is what segregates ' +
    'tenants and tiers inside the shared virtual network.',
  severity: 'medium',
  provider: 'kubernetes',
  service: 'network',
  resourceKinds: ['k8s.namespace'],
  remediation: {
    summary:
      'Add a default-deny NetworkPolicy (empty podSelector, Ingress and Egress) to the namespace, then allow the flows it needs.',
    terraform:
      'resource "kubernetes_network_policy_v1" "default_deny" {\n  metadata {\n    name      = "default-deny"\n    namespace = "payments"\n  }\n  spec {\n    pod_selector {}\n    policy_types = ["Ingress", "Egress"]\n  }\n}',
    cli: "kubectl apply -n payments -f - <<'EOF'\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: default-deny }\nspec: { podSelector: {}, policyTypes: [Ingress, Egress] }\nEOF",
  },
  references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/'],
  evaluate(ns) {
    if (SYSTEM_NAMESPACES.has(ns.name)) return undefined;
    if (ns.networkPolicies.length > 0) return pass(`NetworkPolicies: ${nameList(ns.networkPolicies)}`);
    if (ns.unplacedNetworkPolicies.length > 0)
      return undetermined(
        `no NetworkPolicy names this namespace; ${nameList(ns.unplacedNetworkPolicies)} set no namespace and may be applied to it`,
      );
    return fail(
      `no NetworkPolicy is scanned for namespace ${ns.name}: its pods accept traffic from anywhere in the cluster`,
    );
  },
});
