import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-host-path-volumes',
  title: "Pods do not mount directories of the node's filesystem",
  description:
    'Fails for each hostPath volume of the pod spec, whatever its path or type; passes when the pod declares no ' +
    'hostPath volume (emptyDir, configMap, secret, projected and persistent volumes are fine).',
  rationale:
    "A hostPath volume hands the container a piece of the node's filesystem: the container runtime socket, " +
    "kubelet credentials, other pods' data or system binaries. Through it a compromised container can read other " +
    "tenants' secrets or take over the node, breaking the separation that shared nodes rely on.",
  severity: 'high',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Replace hostPath volumes with emptyDir, a ConfigMap or Secret, or a PersistentVolumeClaim; keep node-level agents in a dedicated, restricted namespace.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        volume {\n          name = "scratch"\n          empty_dir {}\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl label namespace payments pod-security.kubernetes.io/enforce=baseline',
  },
  references: [
    'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  ],
  evaluate(workload) {
    const hostPaths = (workload.pod.volumes ?? []).filter((v) => v.source === 'hostPath');
    if (hostPaths.length === 0)
      return pass('the pod mounts no hostPath volume', { attribute: 'pod.volumes' });
    return hostPaths.map((v) => {
      const name = isUnknown(v.name) ? 'a volume' : `volume "${v.name}"`;
      const extra = { line: v.line, subject: `volume ${isUnknown(v.name) ? v.line : v.name}` };
      if (isUnknown(v.hostPath)) return unresolved(`the host path of ${name}`, v.hostPath, extra);
      return fail(`${name} mounts ${v.hostPath ?? 'a path'} from the node`, extra);
    });
  },
});
