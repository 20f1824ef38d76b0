import { containerLine, defineCheck, eachContainer, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-read-only-root-filesystem',
  title: 'Containers run with a read-only root filesystem',
  description:
    'Passes for each container whose securityContext sets readOnlyRootFilesystem: true; fails when it is false or not set.',
  rationale:
    'A writable root filesystem lets an intruder drop tools, change binaries and persist inside the container. ' +
    'A read-only image, with writable emptyDir volumes only where the application needs them, keeps the running ' +
    'container equal to the image that was reviewed.',
  severity: 'low',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Set readOnlyRootFilesystem: true and mount emptyDir volumes for the paths the application writes (/tmp, caches).',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        container {\n          name = "api"\n          security_context {\n            read_only_root_filesystem = true\n          }\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl patch deployment api -n payments --type json -p \'[{"op":"add","path":"/spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem","value":true}]\'',
  },
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const readOnly = c.securityContext.readOnlyRootFilesystem;
      const line = containerLine(c, 'securityContext.readOnlyRootFilesystem');
      if (readOnly === true) return pass(`${label} has a read-only root filesystem`, { line });
      if (isUnknown(readOnly)) return unresolved(`readOnlyRootFilesystem of ${label}`, readOnly, { line });
      return fail(`${label} has a writable root filesystem`, { line });
    }),
});
