import {
  anyOf,
  type ContainerPort,
  defineCheck,
  eachContainer,
  fail,
  isUnknown,
  pass,
  unresolved,
} from '../../kit.js';

const bound = (p: ContainerPort) => p.hostPort !== undefined && p.hostPort !== 0;

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-host-ports',
  title: "Containers do not bind ports on the node's address",
  description:
    'Fails for each container that declares a port with a hostPort other than 0; passes when no port of the ' +
    'container sets one. (Pods on the host network are covered by k8s-no-host-namespaces.)',
  rationale:
    "A hostPort publishes the container on the node's own address, outside Services and usually outside the " +
    'NetworkPolicies and load balancers that guard the cluster network. It exposes the workload to anything that ' +
    'can reach the node, pins pods to nodes where the port is free and blurs the line between tenants on a node.',
  severity: 'medium',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Remove hostPort and expose the container through a Service (ClusterIP, or a load balancer or ingress when it must be public).',
    terraform:
      'resource "kubernetes_service_v1" "api" {\n  metadata {\n    name      = "api"\n    namespace = "payments"\n  }\n  spec {\n    selector = { app = "api" }\n    port {\n      port        = 443\n      target_port = 8443\n    }\n  }\n}',
    cli: 'kubectl expose deployment api -n payments --port 443 --target-port 8443',
  },
  references: [
    'https://kubernetes.io/docs/concepts/configuration/overview/#services',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  ],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const ports = c.ports ?? [];
      const binds = anyOf(ports, (p) => (isUnknown(p.hostPort) ? p.hostPort : bound(p)));
      if (binds.value === true)
        return fail(`${label} binds host port ${String(binds.item.hostPort)}`, { line: binds.item.line });
      if (binds.value !== false)
        return unresolved(`the host port of ${label}`, binds.value, { line: binds.item.line });
      return pass(`${label} binds no host port`);
    }),
});
