import { defineCheck, fail, firstUnknown, isUnknown, pass, unresolved } from '../../kit.js';

const REQUIRED = ['api', 'audit', 'authenticator'] as const;

export const check = defineCheck(import.meta.url, {
  id: 'aws-eks-control-plane-logging',
  title: 'EKS clusters send API, audit and authenticator logs to CloudWatch',
  description:
    'Passes when Logging.ClusterLogging.EnabledTypes includes api, audit and authenticator (controllerManager and ' +
    'scheduler are optional). Fails when any of the three is missing; EKS enables no control-plane log type by ' +
    'default.',
  rationale:
    "The control plane runs on AWS's side of the shared responsibility line, so its logs are the only record the " +
    'customer gets of who called the Kubernetes API, what they changed and which IAM identity they authenticated ' +
    'as. Without them, monitoring the cluster and investigating an incident in it is guesswork.',
  severity: 'medium',
  provider: 'aws',
  service: 'eks',
  resourceKinds: ['aws.eks.cluster'],
  remediation: {
    summary:
      'Enable at least the api, audit and authenticator log types, and give the CloudWatch log group a retention period.',
    terraform:
      'resource "aws_eks_cluster" "main" {\n  # ...\n  enabled_cluster_log_types = ["api", "audit", "authenticator"]\n}',
    cli: 'aws eks update-cluster-config --name main --logging \'{"clusterLogging":[{"types":["api","audit","authenticator"],"enabled":true}]}\'',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html'],
  evaluate(cluster) {
    const types = cluster.logTypes;
    const at = { attribute: 'logTypes' };
    if (types === undefined) return fail('no control-plane log type is enabled');
    if (isUnknown(types)) return unresolved('the enabled log types', types, at);
    const missing = REQUIRED.filter((t) => !types.includes(t));
    const doubt = firstUnknown(...types);
    if (missing.length === 0) return pass(`${REQUIRED.join(', ')} logs are enabled`, at);
    if (doubt) return unresolved('the enabled log types', doubt, at);
    return fail(`control-plane logs not enabled: ${missing.join(', ')}`, at);
  },
});
