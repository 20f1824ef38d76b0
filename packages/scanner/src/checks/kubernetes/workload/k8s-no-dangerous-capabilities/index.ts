import {
  anyOf,
  containerLine,
  defineCheck,
  eachContainer,
  fail,
  isUnknown,
  nameList,
  pass,
  unresolved,
} from '../../kit.js';

/**
 * The capabilities the Pod Security Standards baseline lets a container add: the container runtimes' usual
 * default set without NET_RAW. Anything else, ALL included, is outside the baseline.
 */
export const BASELINE_CAPABILITIES = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
] as const;

const BASELINE: ReadonlySet<string> = new Set(BASELINE_CAPABILITIES);

// Runtimes accept a name in any case, with or without the kernel's CAP_ prefix: `cap_sys_time` is SYS_TIME.
const normalize = (cap: string) => cap.trim().toUpperCase().replace(/^CAP_/, '');

const outsideBaseline = (cap: string) => !BASELINE.has(normalize(cap));

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-dangerous-capabilities',
  title: 'Containers add only the Linux capabilities the Pod Security Standards baseline allows',
  description:
    'Follows the baseline level of the Kubernetes Pod Security Standards. Fails for each container (init and ' +
    'ephemeral ones included) that adds a capability outside the baseline set ' +
    `(${BASELINE_CAPABILITIES.join(', ')}), or adds ALL, and names those capabilities; passes when a container ` +
    'adds none or only capabilities of that set. Names are compared without regard to case and with or without ' +
    'the CAP_ prefix. An added capability that cannot be resolved (a template placeholder) gives unknown unless ' +
    'another one already fails.',
  rationale:
    'Each capability outside the baseline set gives a process power over the kernel that the node and its other ' +
    'tenants share: SYS_ADMIN allows mounting filesystems and many known escapes, SYS_MODULE loads kernel code, ' +
    'SYS_PTRACE reads other processes, NET_ADMIN rewires node networking, NET_RAW forges packets to neighbours and ' +
    'SYS_TIME sets the clock of the whole node, which breaks certificate checks and log timelines. The baseline ' +
    'level draws the line there, so a workload that needs more is an exception to review, not a default.',
  severity: 'high',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Drop ALL capabilities and add back only the ones of the baseline set the process needs (such as ' +
      'NET_BIND_SERVICE). Run a workload that truly needs more (a node agent) in a namespace of its own whose ' +
      'exception is reviewed, and enforce the baseline level on the other namespaces.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        container {\n          name = "api"\n          security_context {\n            capabilities {\n              drop = ["ALL"]\n              add  = ["NET_BIND_SERVICE"]\n            }\n          }\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl label namespace payments pod-security.kubernetes.io/enforce=baseline',
  },
  references: [
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
    'https://man7.org/linux/man-pages/man7/capabilities.7.html',
  ],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const line = containerLine(c, 'securityContext.capabilities.add');
      const added = c.securityContext.capabilitiesAdd;
      const adds = anyOf(added, outsideBaseline);
      if (adds.value === true) {
        const outside = [
          ...new Set(added.filter((cap): cap is string => !isUnknown(cap) && outsideBaseline(cap))),
        ];
        const them = outside.length === 1 ? 'it' : 'them';
        return fail(
          `${label} adds ${nameList(outside)}, outside the Pod Security Standards baseline: remove ${them} from ` +
            'the added capabilities, or review the workload as an exception',
          { line },
        );
      }
      if (adds.value !== false) return unresolved(`a capability added to ${label}`, adds.value, { line });
      return pass(`${label} adds no capability outside the Pod Security Standards baseline`);
    }),
});
