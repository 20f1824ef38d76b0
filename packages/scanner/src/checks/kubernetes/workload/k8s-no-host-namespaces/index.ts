import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

const NAMESPACES = [
  ['hostNetwork', 'network'],
  ['hostPID', 'process (PID)'],
  ['hostIPC', 'IPC'],
] as const;

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-host-namespaces',
  title: "Pods do not share the host's network, PID or IPC namespace",
  description:
    'Fails when the pod spec sets hostNetwork, hostPID or hostIPC to true; passes when none is set or all are false.',
  rationale:
    "Sharing the node's namespaces takes the pod out of its sandbox: with the host network it can sniff and bind " +
    'node traffic and reach services that trust localhost; with the host PID or IPC namespace it can see, signal ' +
    "and read the memory of other tenants' processes.",
  severity: 'high',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Remove hostNetwork, hostPID and hostIPC from the pod spec; expose ports through a Service instead.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        host_network = false\n        host_pid     = false\n        host_ipc     = false\n      }\n    }\n  }\n}',
    cli: 'kubectl label namespace payments pod-security.kubernetes.io/enforce=baseline',
  },
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
  evaluate(workload) {
    const shared = NAMESPACES.filter(([key]) => workload.pod[key] === true);
    if (shared.length > 0)
      return fail(
        `the pod shares the host's ${shared.map(([, name]) => name).join(', ')} namespace${shared.length > 1 ? 's' : ''}`,
        {
          attribute: `pod.${shared[0]![0]}`,
        },
      );
    for (const [key] of NAMESPACES) {
      const value = workload.pod[key];
      if (isUnknown(value)) return unresolved(key, value, { attribute: `pod.${key}` });
    }
    return pass('the pod uses its own network, PID and IPC namespaces');
  },
});
