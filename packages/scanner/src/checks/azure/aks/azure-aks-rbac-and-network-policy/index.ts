import { defineCheck, type Finding, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'azure-aks-rbac-and-network-policy',
  title: 'AKS clusters use Kubernetes RBAC and a network policy engine',
  description:
    'Two findings per cluster. RBAC: passes when role_based_access_control_enabled is true or not set (true by ' +
    'default), fails when false. Network policy: passes when network_profile.network_policy names an engine ' +
    '(azure, calico or cilium), fails when the cluster has no network profile or no policy, since NetworkPolicy ' +
    'objects are then accepted but not enforced.',
  rationale:
    'Without RBAC every authenticated identity can do anything in the cluster, and without a policy engine every ' +
    'pod can reach every other pod, whatever team or tenant it belongs to. Both are needed to keep workloads that ' +
    'share a cluster apart.',
  severity: 'high',
  provider: 'azure',
  service: 'aks',
  resourceKinds: ['azure.aks.cluster'],
  remediation: {
    summary:
      'Keep role_based_access_control_enabled on (turning it on recreates the cluster) and set network_profile.network_policy.',
    terraform:
      'resource "azurerm_kubernetes_cluster" "acme" {\n  # ...\n  role_based_access_control_enabled = true\n\n  network_profile {\n    network_plugin = "azure"\n    network_policy = "azure"\n  }\n}',
    cli: 'az aks update --resource-group acme --name acme-aks --network-policy azure',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/aks/use-network-policies',
    'https://learn.microsoft.com/en-us/azure/aks/concepts-identity',
  ],
  evaluate(cluster): Finding[] {
    const rbac = cluster.rbacEnabled;
    const rbacExtra = { attribute: 'rbacEnabled', subject: 'rbac' };
    const policy = cluster.networkPolicy;
    const policyExtra = { attribute: 'networkPolicy', subject: 'network-policy' };
    return [
      isUnknown(rbac)
        ? unresolved('whether Kubernetes RBAC is enabled', rbac, rbacExtra)
        : rbac === false
          ? fail('Kubernetes RBAC is disabled', rbacExtra)
          : pass(
              rbac ? 'Kubernetes RBAC is enabled' : 'Kubernetes RBAC is enabled (the provider default)',
              rbacExtra,
            ),
      isUnknown(policy)
        ? unresolved('the network policy engine', policy, policyExtra)
        : policy === undefined || policy.toLowerCase() === 'none'
          ? fail('no network policy engine runs: NetworkPolicy objects are not enforced', policyExtra)
          : pass(`network policies are enforced by ${policy}`, policyExtra),
    ];
  },
});
