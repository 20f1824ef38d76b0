import {
  containerLine,
  defineCheck,
  eachContainer,
  effective,
  fail,
  isUnknown,
  pass,
  unresolved,
} from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-run-as-non-root',
  title: 'Containers are required to run as a non-root user',
  description:
    'For each container, the container securityContext or else the pod securityContext must set runAsNonRoot: true ' +
    'or a non-zero runAsUser. Fails for runAsUser 0, and when neither is set: the user then comes from the image, ' +
    'which is often root.',
  rationale:
    'A process running as root inside a container is root on the node as soon as any isolation bug, mounted host ' +
    'path or added capability lets it out. Requiring a non-root user makes the kubelet refuse to start an image ' +
    'that would run as root.',
  severity: 'medium',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Set runAsNonRoot: true (and a runAsUser above 0) in the pod securityContext, and build images with a non-root USER.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        security_context {\n          run_as_non_root = true\n          run_as_user     = 10001\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl patch deployment api -n payments --type merge -p \'{"spec":{"template":{"spec":{"securityContext":{"runAsNonRoot":true,"runAsUser":10001}}}}}\'',
  },
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const pod = workload.pod.securityContext;
      const nonRoot = effective(c.securityContext.runAsNonRoot, pod.runAsNonRoot);
      const user = effective(c.securityContext.runAsUser, pod.runAsUser);
      const userLine = { line: containerLine(c, 'securityContext.runAsUser') };
      if (user === 0) return fail(`${label} runs as root (runAsUser 0)`, userLine);
      if (nonRoot === true) return pass(`${label} must run as non-root`);
      if (typeof user === 'number') return pass(`${label} runs as user ${user}`);
      if (isUnknown(user)) return unresolved(`the user of ${label}`, user, userLine);
      if (isUnknown(nonRoot))
        return unresolved(`runAsNonRoot of ${label}`, nonRoot, {
          line: containerLine(c, 'securityContext.runAsNonRoot'),
        });
      return fail(
        `${label} may run as root: neither runAsNonRoot nor a non-zero runAsUser is set, so the image decides`,
      );
    }),
});
