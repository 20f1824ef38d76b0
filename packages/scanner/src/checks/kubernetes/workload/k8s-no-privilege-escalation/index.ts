import { containerLine, defineCheck, eachContainer, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-privilege-escalation',
  title: 'Containers cannot gain more privileges than their parent process',
  description:
    'Passes for each container whose securityContext sets allowPrivilegeEscalation: false. Fails when it is true, ' +
    'not set (Kubernetes then allows escalation) or when the container is privileged (escalation is then always allowed).',
  rationale:
    'With escalation allowed, a setuid binary or file capability in the image lets a compromised process become ' +
    'root inside the container, the first step of most container escapes. Setting the flag turns on the ' +
    "kernel's no_new_privs for the container.",
  severity: 'medium',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary: 'Set allowPrivilegeEscalation: false in every container securityContext.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        container {\n          name = "api"\n          security_context {\n            allow_privilege_escalation = false\n          }\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl patch deployment api -n payments --type json -p \'[{"op":"add","path":"/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation","value":false}]\'',
  },
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const allowed = c.securityContext.allowPrivilegeEscalation;
      const line = containerLine(c, 'securityContext.allowPrivilegeEscalation');
      if (c.securityContext.privileged === true)
        return fail(`${label} is privileged, so it can always escalate`, {
          line: containerLine(c, 'securityContext.privileged'),
        });
      if (allowed === false) return pass(`${label} cannot escalate privileges`, { line });
      if (isUnknown(allowed)) return unresolved(`allowPrivilegeEscalation of ${label}`, allowed, { line });
      return allowed === true
        ? fail(`${label} allows privilege escalation`, { line })
        : fail(`${label} does not set allowPrivilegeEscalation: false (escalation is allowed by default)`, {
            line,
          });
    }),
});
