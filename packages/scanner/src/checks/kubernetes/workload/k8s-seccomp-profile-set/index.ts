import { defineCheck, eachContainer, effective, fail, isUnknown, pass, unresolved } from '../../kit.js';

const CONFINED = new Set(['RuntimeDefault', 'Localhost']);

export const check = defineCheck(import.meta.url, {
  id: 'k8s-seccomp-profile-set',
  title: 'Containers run under a seccomp profile',
  description:
    'For each container, takes securityContext.seccompProfile.type from the container, else from the pod. Passes ' +
    'for RuntimeDefault or Localhost; fails for Unconfined and when neither sets a profile, because containers then ' +
    'run unconfined unless the kubelet has its seccomp default turned on, which the manifest cannot show.',
  rationale:
    'Seccomp limits the kernel system calls a container may make. The kernel is shared by every pod on the node, ' +
    'so it is where a container escape usually starts; the runtime default profile blocks dozens of rarely needed ' +
    'calls, closing off whole classes of kernel exploits at almost no cost.',
  severity: 'medium',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Set securityContext.seccompProfile.type to RuntimeDefault in the pod spec (or Localhost with a reviewed profile).',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        security_context {\n          seccomp_profile {\n            type = "RuntimeDefault"\n          }\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl label namespace payments pod-security.kubernetes.io/enforce=restricted',
  },
  references: [
    'https://kubernetes.io/docs/tutorials/security/seccomp/',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  ],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const own = c.securityContext.seccompProfileType;
      const type = effective(own, workload.pod.securityContext.seccompProfileType);
      const at =
        own !== undefined
          ? { line: c.attributeLines['securityContext.seccompProfileType'] ?? c.line }
          : { line: workload.attributeLines['pod.securityContext.seccompProfileType'] ?? c.line };
      if (isUnknown(type)) return unresolved(`the seccomp profile of ${label}`, type, at);
      if (type === undefined) {
        const legacy = workload.pod.securityContext.deprecatedSeccompAnnotation;
        return fail(
          typeof legacy === 'string'
            ? `${label} sets no seccomp profile: its pod has only the deprecated annotation (${legacy}), which Kubernetes 1.27 and later ignore; set securityContext.seccompProfile`
            : `${label} sets no seccomp profile, nor does its pod: it runs unconfined by default`,
        );
      }
      return CONFINED.has(type)
        ? pass(`${label} runs under the ${type} seccomp profile`, at)
        : fail(`${label} runs with seccomp profile ${type}`, at);
    }),
});
