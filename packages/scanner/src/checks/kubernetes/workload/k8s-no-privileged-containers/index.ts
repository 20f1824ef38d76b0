import { containerLine, defineCheck, eachContainer, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-privileged-containers',
  title: 'Containers do not run privileged',
  description:
    'Fails for each container (init and ephemeral ones included) whose securityContext sets privileged: true; ' +
    'passes for the others.',
  rationale:
    'A privileged container has every capability and access to all host devices: it can load kernel modules, ' +
    'mount the host disk and escape to the node, and from there reach every other tenant workload on it. It ' +
    'removes the isolation the virtual environment depends on.',
  severity: 'high',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Remove privileged: true; grant the specific capability the workload needs instead, or move the task to the node image.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        container {\n          name  = "api"\n          image = "registry.acme.example/api:1.4.2"\n          security_context {\n            privileged = false\n          }\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl label namespace payments pod-security.kubernetes.io/enforce=baseline',
  },
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const privileged = c.securityContext.privileged;
      const line = containerLine(c, 'securityContext.privileged');
      if (isUnknown(privileged)) return unresolved(`whether ${label} is privileged`, privileged, { line });
      return privileged === true
        ? fail(`${label} runs privileged`, { line })
        : pass(`${label} is not privileged`);
    }),
});
