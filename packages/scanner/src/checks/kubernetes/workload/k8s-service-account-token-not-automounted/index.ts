import { defineCheck, fail, isUnknown, pass, undetermined, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-service-account-token-not-automounted',
  title: 'Pods do not mount a service account token they were not given on purpose',
  description:
    'Passes when the pod spec sets automountServiceAccountToken to false, or leaves it unset while the ' +
    'ServiceAccount it runs as (scanned in the same input) sets it to false. Fails when the pod sets true, or ' +
    "when neither sets false (Kubernetes mounts the token by default), including for the namespace's default " +
    'account when no ServiceAccount named default is scanned. Unknown when the pod names an account that is not ' +
    'among the scanned manifests, since that account may turn mounting off.',
  rationale:
    "A mounted token lets every process in the container call the Kubernetes API as the pod's service account. " +
    'Most applications never talk to the API, so the token only serves an attacker who gets code execution: to ' +
    'list secrets, discover other workloads or escalate through whatever permissions the account has collected.',
  severity: 'medium',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Set automountServiceAccountToken: false on the pod spec (or on its ServiceAccount), and mount a projected token only in pods that call the API.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        automount_service_account_token = false\n      }\n    }\n  }\n}',
    cli: 'kubectl patch serviceaccount default -n payments -p \'{"automountServiceAccountToken": false}\'',
  },
  references: [
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
  ],
  evaluate(workload) {
    const own = workload.pod.automountServiceAccountToken;
    const at = { attribute: 'pod.automountServiceAccountToken' };
    if (isUnknown(own)) return unresolved('whether the token is mounted', own, at);
    if (own === false) return pass('the pod does not mount a service account token', at);
    if (own === true)
      return fail('the pod mounts its service account token (automountServiceAccountToken: true)', at);
    const account = workload.serviceAccount;
    const name = workload.pod.serviceAccountName ?? 'default';
    if (isUnknown(name))
      return unresolved('the service account of the pod', name, { attribute: 'pod.serviceAccountName' });
    if (account) {
      const theirs = account.automountServiceAccountToken;
      if (isUnknown(theirs)) return unresolved(`whether ${account.address} mounts its token`, theirs);
      return theirs === false
        ? pass(`the pod inherits automountServiceAccountToken: false from ${account.address}`)
        : fail(`neither the pod nor ${account.address} turns token mounting off`);
    }
    return name === 'default'
      ? fail(
          'the pod runs as the default service account and mounts its token (automountServiceAccountToken is not set)',
        )
      : undetermined(
          `the pod does not set automountServiceAccountToken and its service account "${name}" is not among the scanned manifests`,
          { attribute: 'pod.serviceAccountName' },
        );
  },
});
