import { containerLine, defineCheck, eachContainer, fail, pass } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-memory-limits',
  title: 'Containers declare a memory limit',
  description:
    'Passes for each container (init containers included; ephemeral ones cannot set resources) that sets ' +
    'resources.limits.memory; fails when none is set. CPU limits are not required: they throttle bursts, while ' +
    'CPU requests already share the node fairly.',
  rationale:
    'A container without a memory limit can take all the memory of its node, so the kernel kills other ' +
    "tenants' workloads instead of the one that leaks. Limits keep one workload's fault from becoming everyone's " +
    'outage and make capacity planning possible.',
  severity: 'low',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Set resources.limits.memory (and requests) on every container, or a LimitRange default for the namespace.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        container {\n          name = "api"\n          resources {\n            requests = { cpu = "250m", memory = "256Mi" }\n            limits   = { memory = "512Mi" }\n          }\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl set resources deployment/api -n payments --limits=memory=512Mi --requests=cpu=250m,memory=256Mi',
  },
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  evaluate: (workload) =>
    eachContainer(
      {
        ...workload,
        pod: { ...workload.pod, containers: workload.pod.containers.filter((c) => c.type !== 'ephemeral') },
      },
      (c, label) =>
        c.limits.memory !== undefined
          ? pass(`${label} has a memory limit`, { line: containerLine(c, 'resources.limits') })
          : fail(`${label} sets no memory limit`, { line: containerLine(c, 'resources') }),
    ),
});
