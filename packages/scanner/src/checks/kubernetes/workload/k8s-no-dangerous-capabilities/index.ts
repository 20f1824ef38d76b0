import {
  anyOf,
  containerLine,
  defineCheck,
  eachContainer,
  fail,
  isUnknown,
  pass,
  unresolved,
} from '../../kit.js';

/** Capabilities that amount to root on the node, or let a container watch or rewire other tenants. */
export const DANGEROUS_CAPABILITIES = [
  'ALL',
  'SYS_ADMIN',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'NET_ADMIN',
  'DAC_READ_SEARCH',
  'BPF',
  'PERFMON',
] as const;

const normalize = (cap: string) => cap.toUpperCase().replace(/^CAP_/, '');

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-dangerous-capabilities',
  title: 'Containers add no dangerous Linux capabilities',
  description: `Fails for each container that adds any of ${DANGEROUS_CAPABILITIES.join(', ')} to its capabilities; passes otherwise.`,
  rationale:
    'These capabilities give a container most of what root on the node can do: SYS_ADMIN alone allows mounting ' +
    'filesystems and many known escapes, SYS_MODULE loads kernel code, SYS_PTRACE reads other processes and ' +
    'NET_ADMIN rewires node networking.',
  severity: 'high',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Drop ALL capabilities and add back only narrow ones the process needs (such as NET_BIND_SERVICE).',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        container {\n          name = "api"\n          security_context {\n            capabilities {\n              drop = ["ALL"]\n              add  = ["NET_BIND_SERVICE"]\n            }\n          }\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl label namespace payments pod-security.kubernetes.io/enforce=restricted',
  },
  references: [
    'https://man7.org/linux/man-pages/man7/capabilities.7.html',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  ],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const line = containerLine(c, 'securityContext.capabilities.add');
      const added = c.securityContext.capabilitiesAdd;
      const dangerous = (cap: string) =>
        (DANGEROUS_CAPABILITIES as readonly string[]).includes(normalize(cap));
      const adds = anyOf(added, dangerous);
      if (adds.value === true) {
        const bad = added.filter((cap): cap is string => !isUnknown(cap) && dangerous(cap));
        return fail(`${label} adds ${bad.join(', ')}`, { line });
      }
      if (adds.value !== false) return unresolved(`a capability added to ${label}`, adds.value, { line });
      return pass(`${label} adds no dangerous capability`);
    }),
});
